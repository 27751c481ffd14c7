using Ivr.Acd.Model;
using Ivr.PhoneSim.Traffic;
using Ivr.Server.Counselors;
using Ivr.Server.Staffing;
using Ivr.Server.Tests.EndToEnd;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.PlanningProof;

/// <summary>
/// One language's counselors, signed in and out at the half hours' boundaries so that as many are signed in as the
/// requirement says. Single-language virtual counselors (<c>client:proof-zh-3</c>): they answer at once, never decline,
/// talk for the handling time (exponential, the forecast AHT of the half hour they answer in: <see cref="Options"/>
/// changes at each boundary) and have no wrap-up of their own (the server's is 0: AHT already holds the wrap-up). One
/// asked to leave while on a call signs out when the call ends, as a person finishing the call would.
/// </summary>
public sealed class ProofStaffing(SimulatedCenter center, string language)
{
    private readonly List<string> signedIn = [];
    private readonly List<string> offline = [];
    private readonly List<string> leaving = [];
    private int created;

    public TrafficOptions Options { get; } = new()
    {
        MinAnswerDelaySeconds = 0,
        MaxAnswerDelaySeconds = 0,
        DeclineShare = 0,
        NoAnswerShare = 0,
        MeanWrapUpSeconds = 0,
        CounselorWaitSeconds = 600,
    };

    /// <summary>Signs counselors in (those who left first) or asks the extra ones to leave.</summary>
    public async Task StaffAsync(int count, double handleSeconds)
    {
        Options.MeanTalkSeconds = handleSeconds;
        while (signedIn.Count < count && leaving.Count > 0)
        {
            signedIn.Add(Take(leaving)); // still signed in: stays
        }
        while (signedIn.Count < count)
        {
            var id = offline.Count > 0 ? Take(offline) : await CreateAsync();
            signedIn.Add(id);
            await PresenceAsync(id, "available");
        }
        while (signedIn.Count > count)
        {
            leaving.Add(Take(signedIn));
        }
        await SignOutLeaversAsync();
    }

    /// <summary>Signs out the leavers who are free now (called at boundaries and between them).</summary>
    public async Task SignOutLeaversAsync()
    {
        foreach (var id in leaving.ToArray())
        {
            if ((await center.Engine.GetCounselorAsync(id))?.State is CounselorState.Available or CounselorState.WrapUp)
            {
                await PresenceAsync(id, "offline");
                leaving.Remove(id);
                offline.Add(id);
            }
        }
    }

    private async Task<string> CreateAsync()
    {
        var id = $"proof-{language}-{++created}";
        center.Twilio.Parties.Register("client:" + id, new VirtualCounselor("client:" + id, [language], 5, Options, new TrafficMetrics(), new Random(created * 7919)));
        await center.Engine.UpsertCounselorAsync(StaffingService.ToProfile(new Counselor
        {
            Id = id,
            DisplayName = id,
            Skills = [new CounselorSkill { Language = language, Level = 5 }],
        }));
        return id;
    }

    private Task PresenceAsync(string id, string state) =>
        center.Server.Services.GetRequiredService<CounselorActions>().SetPresenceAsync(id, new PresenceRequest(state, null), CancellationToken.None);

    private static string Take(List<string> from)
    {
        var id = from[^1];
        from.RemoveAt(from.Count - 1);
        return id;
    }
}
