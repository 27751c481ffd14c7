using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Conferences;
using Ivr.PhoneSim.Parties;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.EndToEnd;

/// <summary>A Chinese caller talking to counselor c-zh (signed in over the API), ready for in-call operations.</summary>
public sealed class InCallScene : IAsyncDisposable
{
    public const string CenterNumber = "+8221345000";

    private InCallScene(SimulatedCenter center, Softphone counselor, SimCall caller)
    {
        Center = center;
        Counselor = counselor;
        Caller = caller;
    }

    public SimulatedCenter Center { get; }

    public Softphone Counselor { get; }

    public SimCall Caller { get; }

    public static async Task<InCallScene> StartAsync(Action<IServiceCollection>? services = null, IDictionary<string, string?>? settings = null)
    {
        var center = await SimulatedCenter.StartAsync(
            new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["CallControl:CenterNumber"] = CenterNumber }, services: services);
        var counselor = await Softphone.SignInAsync(center, "c-zh", "zh");
        var caller = center.Twilio.PlaceIncomingCall("+821012345678", new ScriptedParty(["3*", "0"], bargeIn: true));
        await counselor.WaitUntilOnCallAsync();
        await center.EventuallyAsync(() => Task.FromResult(ConferenceOf(center, caller) is { } conference && conference.Participants.Count == 2),
            "caller and counselor share a conference");
        return new InCallScene(center, counselor, caller);
    }

    /// <summary>The live conference the caller is in, if any.</summary>
    public SimConference? CallerConference => ConferenceOf(Center, Caller);

    public Participant? ParticipantOf(string callSid) =>
        Center.Twilio.Conferences.All.Where(conference => !conference.IsCompleted).Select(conference => conference.Find(callSid)).FirstOrDefault(p => p is not null);

    public Task<Softphone> SignInAsync(string id, string language) => Softphone.SignInAsync(Center, id, language);

    private static SimConference? ConferenceOf(SimulatedCenter center, SimCall caller) =>
        center.Twilio.Conferences.All.FirstOrDefault(conference => !conference.IsCompleted && conference.Find(caller.Sid) is not null);

    public ValueTask DisposeAsync() => Center.DisposeAsync();
}
