using System.Globalization;
using System.Text.Json;

namespace PcnFlow.Engine.Calendar;

/// <summary>Reads the embedded bank holiday data files shipped with the engine.</summary>
internal static class BankHolidayFile
{
    internal const string EnglandAndWalesResource = "PcnFlow.Engine.Calendar.england-and-wales-bank-holidays.json";

    internal static WorkingDayCalendar LoadEnglandAndWales()
    {
        using var stream = typeof(BankHolidayFile).Assembly.GetManifestResourceStream(EnglandAndWalesResource)
            ?? throw new InvalidOperationException($"The engine assembly is missing its embedded resource '{EnglandAndWalesResource}'.");
        return Read(stream);
    }

    internal static WorkingDayCalendar Read(Stream stream)
    {
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var holidays = root.GetProperty("holidays")
            .EnumerateArray()
            .Select(h => new BankHoliday(ReadDate(h, "date"), h.GetProperty("title").GetString() ?? string.Empty))
            .ToList();
        return new WorkingDayCalendar(holidays, ReadDate(root, "coveredFrom"), ReadDate(root, "coveredTo"));
    }

    private static DateOnly ReadDate(JsonElement element, string property) =>
        DateOnly.ParseExact(element.GetProperty(property).GetString() ?? string.Empty, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
