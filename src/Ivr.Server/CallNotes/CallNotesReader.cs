using System.Security.Claims;
using System.Text.Json;
using Ivr.Acd.Events;
using Ivr.Server.Auditing;
using Ivr.Server.CallRecords;
using Ivr.Server.CallRecords.Model;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.CallNotes;

/// <summary>A counselor's wrap-up as the reader sees it: the note opened from its sealed form.</summary>
public sealed record CallNote(string? Counselor, DateTimeOffset At, string? ResidencyStatus, string? Topic, string? Note);

/// <summary>
/// Reads calls' notes for a signed-in reader: opens the sealed notes of the calls they may read (<see cref="NoteReaders"/>),
/// withholds the others (null), and audits every read of a sensitive call's notes (<c>call-notes.read</c>).
/// A callback to a victim of crime is as sensitive as their call.
/// </summary>
public sealed class CallNotesReader(RecordsDbContext records, NoteReaders readers, NoteProtector protector, AuditLog audit)
{
    public const string ReadAction = "call-notes.read";
    public const string RefusedAction = "call-notes.refused";

    /// <summary>Which of <paramref name="callSids"/> are sensitive (their own flag, or their original call's).</summary>
    public async Task<HashSet<string>> SensitiveAsync(IReadOnlyCollection<string> callSids, CancellationToken cancellationToken)
    {
        var rows = await records.Calls.AsNoTracking().Where(call => callSids.Contains(call.CallSid))
            .Select(call => new { call.CallSid, call.Sensitive, call.CallbackOf }).ToListAsync(cancellationToken);
        var originals = rows.Where(row => row.CallbackOf is not null).Select(row => row.CallbackOf!).ToList();
        var sensitiveOriginals = await records.Calls.AsNoTracking().Where(call => originals.Contains(call.CallSid) && call.Sensitive)
            .Select(call => call.CallSid).ToListAsync(cancellationToken);
        return [.. rows.Where(row => row.Sensitive || (row.CallbackOf is { } original && sensitiveOriginals.Contains(original))).Select(row => row.CallSid)];
    }

    /// <summary>
    /// The notes of each call <paramref name="user"/> may read, by call; a call they may not read is absent. Reads of
    /// sensitive calls are audited one entry per call.
    /// </summary>
    public async Task<Dictionary<string, List<CallNote>>> ReadAsync(
        ClaimsPrincipal user, IReadOnlyCollection<string> callSids, ISet<string> sensitive, CancellationToken cancellationToken)
    {
        var mayReadSensitive = sensitive.Count > 0 && await readers.MayReadAsync(user, sensitive: true, cancellationToken);
        var readable = callSids.Where(sid => !sensitive.Contains(sid) || mayReadSensitive).ToList();
        var outcomes = await records.CallEvents.AsNoTracking()
            .Where(row => readable.Contains(row.CallSid) && row.Type == CallEventTypes.OutcomeRecorded)
            .OrderBy(row => row.At).Select(row => new { row.CallSid, row.At, row.Fields }).ToListAsync(cancellationToken);
        var notes = readable.ToDictionary(sid => sid, _ => new List<CallNote>());
        foreach (var outcome in outcomes)
        {
            notes[outcome.CallSid].Add(Note(outcome.At, outcome.Fields));
        }
        foreach (var sid in readable.Where(sensitive.Contains))
        {
            await audit.WriteAsync(ReadAction, sid, $"{notes[sid].Count} notes", cancellationToken: cancellationToken);
        }
        return notes;
    }

    private CallNote Note(DateTimeOffset at, string json)
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
        var note = fields.TryGetValue(NoteProtector.SealedField, out var sealedNote) ? protector.Open(sealedNote) : fields.GetValueOrDefault("note");
        return new CallNote(fields.GetValueOrDefault("counselor"), at, fields.GetValueOrDefault("residencyStatus"), fields.GetValueOrDefault("topic"), note);
    }
}
