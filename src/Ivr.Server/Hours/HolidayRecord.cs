namespace Ivr.Server.Hours;

/// <summary>A public holiday as stored; <see cref="OpenLanguages"/> is the languages open that day with their hours, as JSON (jsonb).</summary>
public sealed class HolidayRecord
{
    public DateOnly Date { get; set; }

    public required string Name { get; set; }

    public string OpenLanguages { get; set; } = "{}";
}
