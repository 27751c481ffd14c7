using System.Globalization;

namespace Ivr.PhoneSim.Modes;

/// <summary>"--name value" pairs after the mode word.</summary>
public sealed class CommandLine(string mode, IReadOnlyDictionary<string, string> values)
{
    public string Mode { get; } = mode;

    public static CommandLine Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                values[args[i][2..]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
            }
        }
        return new CommandLine(args.Length > 0 ? args[0] : "help", values);
    }

    public string Text(string name, string fallback) => values.TryGetValue(name, out var value) ? value : fallback;

    public double Number(string name, double fallback) =>
        values.TryGetValue(name, out var value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : fallback;

    public Uri Url(string name, string fallback) => new(Text(name, fallback));
}
