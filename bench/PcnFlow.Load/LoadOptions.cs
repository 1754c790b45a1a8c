using System.Globalization;

namespace PcnFlow.Load;

/// <summary>The command line: how many clients, how much of England, which databases, how many reminders.</summary>
public sealed class LoadOptions
{
    public int Clients { get; private set; } = 50;
    public int Icss { get; private set; } = 42;
    public int Pcns { get; private set; } = 1259;
    public IReadOnlyList<string> Databases { get; private set; } = ["sqlite", "postgres"];
    public int Reminders { get; private set; } = 10_000;
    public string? ServerDll { get; private set; }
    public string? Output { get; private set; }

    /// <summary>Extra server settings (KEY=VALUE, as environment variables), e.g. a log level while profiling.</summary>
    public Dictionary<string, string> ServerSettings { get; } = [];

    /// <summary>Seconds each raw-write limit is measured for.</summary>
    public int RawSeconds { get; private set; } = 10;

    /// <summary>Set up England and time the reminders only: no year one, no raw limit, no report file; the figures are printed.</summary>
    public bool RemindersOnly { get; private set; }

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--clients": options.Clients = Positive(args[i], value); i++; break;
                case "--pcns":
                    options.Pcns = Positive(args[i], value);
                    // England's ratio: 42 ICSs for 1,259 PCNs, at least one ICS.
                    options.Icss = Math.Max(1, (int)Math.Round(options.Pcns * 42.0 / 1259));
                    i++;
                    break;
                case "--icss": options.Icss = Positive(args[i], value); i++; break;
                case "--scale": options.Scale(value); i++; break;
                case "--db": options.Databases = value == "both" ? ["sqlite", "postgres"] : value is "sqlite" or "postgres" ? [value] : throw Bad(args[i], value); i++; break;
                case "--reminders": options.Reminders = int.Parse(value ?? throw Bad(args[i], value), CultureInfo.InvariantCulture); i++; break;
                case "--reminders-only": options.RemindersOnly = true; break;
                case "--raw-seconds": options.RawSeconds = Positive(args[i], value); i++; break;
                case "--server": options.ServerDll = value ?? throw Bad(args[i], value); i++; break;
                case "--out": options.Output = value ?? throw Bad(args[i], value); i++; break;
                case "--server-setting" when value?.Split('=', 2) is [var key, var setting]: options.ServerSettings[key] = setting; i++; break;
                default: throw new ArgumentException($"Unknown option {args[i]}. Options: --clients N, --pcns N, --icss N, --scale england|tiny|small, --db sqlite|postgres|both, --reminders N, --reminders-only, --raw-seconds N, --server PATH, --server-setting KEY=VALUE, --out DIR");
            }
        }
        if (options.Icss > options.Pcns)
            throw new ArgumentException("There must be at least as many PCNs as ICSs.");
        return options;
    }

    private void Scale(string? value)
    {
        (Icss, Pcns) = value switch
        {
            "england" => (42, 1259),
            "small" => (4, 120),
            "tiny" => (2, 20),
            _ => throw Bad("--scale", value),
        };
    }

    private static int Positive(string name, string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw Bad(name, value);

    private static ArgumentException Bad(string name, string? value) => new($"{name} does not take '{value}'.");
}
