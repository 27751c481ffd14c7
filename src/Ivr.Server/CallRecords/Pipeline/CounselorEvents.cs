using System.Globalization;
using System.Text.Json;
using Ivr.Server.CallRecords.Model;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>
/// Event types the writer reads that the shared contract does not have yet (proposed in CallEventTypes.cs), and the
/// idle time (occupancy's denominator) the stored events carry.
/// </summary>
public static class CounselorEvents
{
    /// <summary>A counselor's idle period ended: fields counselor, seconds. CallSid is empty. Gives occupancy its idle time.</summary>
    public const string Idle = global::Ivr.Acd.Events.CallEventTypes.CounselorIdle;

    /// <summary>
    /// The types that end an idle period: <see cref="Idle"/> (seconds), and a reservation (<c>queue.reserved</c>,
    /// whose <c>idle</c> field is the milliseconds its counselor was available before: the match writes one event, not two).
    /// </summary>
    public static readonly string[] IdleEnding = [Idle, global::Ivr.Acd.Events.CallEventTypes.Reserved];

    /// <summary>The counselor and idle seconds an event of <see cref="IdleEnding"/> carries, or null.</summary>
    public static (string Counselor, double Seconds)? IdleTime(StoredCallEvent row)
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, string>>(row.Fields)!;
        if (fields.GetValueOrDefault("counselor") is not { } counselor)
        {
            return null;
        }
        return row.Type switch
        {
            Idle when Number(fields, "seconds") is { } seconds => (counselor, seconds),
            global::Ivr.Acd.Events.CallEventTypes.Reserved when Number(fields, "idle") is { } milliseconds => (counselor, milliseconds / 1000),
            _ => null,
        };
    }

    private static double? Number(Dictionary<string, string> fields, string name) =>
        double.TryParse(fields.GetValueOrDefault(name), CultureInfo.InvariantCulture, out var value) ? value : null;
}
