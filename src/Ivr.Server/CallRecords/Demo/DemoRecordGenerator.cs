using Ivr.Server.CallRecords.Model;
using Ivr.Server.CallRecords.Pipeline;
using Ivr.Server.CallRecords.Privacy;
using Ivr.Server.CallRecords.Rollups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Ivr.Server.CallRecords.Demo;

/// <summary>
/// Writes a year of demo records in the 1345 shape with COPY (binary import) and adds their rollups in the same
/// transaction, computed by the same <see cref="RollupDelta"/> the writer uses. For 2017 the consultations per
/// language and per residency status are exactly the published figures.
/// </summary>
public sealed class DemoRecordGenerator(RecordsContextSource contexts, CallerProtector protector, IOptions<CallRecordsOptions> options)
{
    private const double AbandonShare = 0.085, CallbackShare = 0.02, AfterHoursShare = 0.03, SelfServiceShare = 0.40, MenuAbandonShare = 0.05;

    /// <returns>How many call rows were written.</returns>
    public async Task<long> GenerateAsync(int year, CancellationToken cancellationToken = default)
    {
        var random = new Random(year);
        var slots = DemoCalendar.Slots(year);
        var scale = Demo1345Figures.Scale(year);
        var consultations = Scaled(Demo1345Figures.Languages, year == Demo1345Figures.Year ? 1 : scale);
        var total = consultations.Sum(pair => pair.Count);
        var plan = new List<(string Language, DemoCallKind Kind, int[] PerSlot)>();
        foreach (var (language, count) in consultations)
        {
            plan.Add((language, DemoCallKind.Consultation, Apportion.Split(count, [.. slots.Select(slot => DemoCalendar.Staffed(slot, language))])));
            plan.Add((language, DemoCallKind.AbandonedInQueue, Apportion.Split((int)(count * AbandonShare), [.. slots.Select(slot => DemoCalendar.Staffed(slot, language))])));
            plan.Add((language, DemoCallKind.Callback, Apportion.Split((int)(count * CallbackShare), [.. slots.Select(slot => DemoCalendar.Staffed(slot, language))])));
            plan.Add((language, DemoCallKind.AfterHours, Apportion.Split((int)(count * AfterHoursShare), [.. slots.Select(slot => DemoCalendar.Closed(slot, language))])));
        }
        plan.Add(("", DemoCallKind.SelfService, Apportion.Split((int)(total * SelfServiceShare), [.. slots.Select(slot => slot.Weight)])));
        plan.Add(("", DemoCallKind.AbandonedInMenu, Apportion.Split((int)(total * MenuAbandonShare), [.. slots.Select(slot => slot.Weight)])));
        var residency = Shuffled(random, ResidencyCodes(total, scale));

        await using var db = contexts.Create();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Calls.AnyAsync(call => call.CallSid.StartsWith($"DEMO{year}-"), cancellationToken))
        {
            throw new InvalidOperationException($"Demo records for {year} already exist.");
        }

        var factory = new DemoCallFactory(random, protector, callerPool: total);
        var delta = new RollupDelta(options.Value.ResolveTimeZone());
        long written = 0;
        var consulted = 0;
        await using (var copy = await DemoCallCopy.BeginAsync(connection, cancellationToken))
        {
            for (var s = 0; s < slots.Count; s++)
            {
                foreach (var (language, kind, perSlot) in plan)
                {
                    for (var n = 0; n < perSlot[s]; n++)
                    {
                        var isConsultation = kind == DemoCallKind.Consultation;
                        var call = factory.Create($"DEMO{year}-{written:D8}", slots[s], language, kind,
                            isConsultation ? residency[consulted] : null, isConsultation ? Topic(random) : null);
                        consulted += isConsultation ? 1 : 0;
                        await copy.WriteAsync(call, cancellationToken);
                        delta.Add(call, +1);
                        written++;
                        if (kind == DemoCallKind.Callback)
                        {
                            var callback = factory.CreateCallback(call);
                            await copy.WriteAsync(callback, cancellationToken);
                            delta.Add(callback, +1);
                            written++;
                        }
                    }
                }
            }
            await copy.CompleteAsync(cancellationToken);
        }
        await RollupWriter.ApplyAsync(connection, (NpgsqlTransaction)transaction.GetDbTransaction(), delta, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    private static List<(string Language, int Count)> Scaled(IReadOnlyList<(string Language, int Consultations)> languages, double scale) =>
        [.. languages.Select(pair => (pair.Language, (int)Math.Round(pair.Consultations * scale)))];

    private static string[] ResidencyCodes(int total, double scale)
    {
        var codes = new List<string>(total);
        foreach (var (code, count) in Demo1345Figures.Residency)
        {
            codes.AddRange(Enumerable.Repeat(code, Math.Min((int)Math.Round(count * scale), total - codes.Count)));
        }
        codes.AddRange(Enumerable.Repeat("UNKNOWN", total - codes.Count));
        return [.. codes];
    }

    private static string[] Shuffled(Random random, string[] values)
    {
        random.Shuffle(values);
        return values;
    }

    private static string Topic(Random random)
    {
        var pick = random.NextDouble() * Demo1345Figures.Topics.Sum(topic => topic.Weight);
        foreach (var (code, weight) in Demo1345Figures.Topics)
        {
            if ((pick -= weight) <= 0)
            {
                return code;
            }
        }
        return "OTHER";
    }
}
