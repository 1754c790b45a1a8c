namespace PcnFlow.Server.Problems;

/// <summary>Limits on what a request may send. Bound from the <c>RequestLimits</c> configuration section.</summary>
public sealed class RequestLimitsOptions
{
    public const string Section = "RequestLimits";

    /// <summary>The largest request body an endpoint accepts unless it declares its own limit.</summary>
    /// <value>1 MiB (1,048,576 bytes).</value>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;
}
