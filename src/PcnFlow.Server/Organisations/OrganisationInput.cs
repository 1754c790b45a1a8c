using PcnFlow.Persistence.Organisations;

namespace PcnFlow.Server.Organisations;

/// <summary>Field checks for organisation requests, each naming the field it is about.</summary>
internal static class OrganisationInput
{
    public static List<KeyValuePair<string, string>> CheckNames(string? name, string? odsCode)
    {
        var errors = new List<KeyValuePair<string, string>>();
        if (string.IsNullOrWhiteSpace(name))
            errors.Add(new("name", "Give the organisation a name."));
        else if (name.Trim().Length > 200)
            errors.Add(new("name", "The name must be 200 characters or fewer."));
        if (odsCode is { Length: > 20 })
            errors.Add(new("odsCode", "An ODS code is at most 20 characters."));
        return errors;
    }

    public static OrganisationKind? ParseKind(string? kind) =>
        Enum.GetValues<OrganisationKind>().Cast<OrganisationKind?>().FirstOrDefault(k => string.Equals(k.ToString(), kind?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Null when the address is acceptable: https anywhere, or plain http only to this machine (for local testing).</summary>
    public static string? CheckWebhook(string url)
    {
        if (url.Length > 2000)
            return "The webhook address must be 2,000 characters or fewer.";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return "Give the full webhook address, starting with https://.";
        if (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            return null;
        return "The webhook address must start with https:// (plain http is only allowed to localhost).";
    }
}
