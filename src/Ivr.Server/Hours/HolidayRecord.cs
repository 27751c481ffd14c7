namespace Ivr.Server.Hours;

/// <summary>A public holiday (Asia/Seoul date): every language is closed.</summary>
public sealed class HolidayRecord
{
    public DateOnly Date { get; set; }

    public required string Name { get; set; }
}
