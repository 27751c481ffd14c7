using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Rest;
using Ivr.PhoneSim.Traffic;
using Twilio.Clients;
using Twilio.Http;
using Twilio.Rest.Api.V2010.Account;

namespace Ivr.PhoneSim.Sample;

/// <summary>
/// The sample center's ACD: every 20 ms, for each language queue with callers, rings idle counselors who speak the
/// language through the simulator's REST API (Calls create with Twiml &lt;Dial&gt;&lt;Queue&gt;), longest-idle first.
/// </summary>
public sealed class SampleDispatcher(SimulatedTwilio sim, Uri restApi, LanguageMix mix, IReadOnlyList<VirtualCounselor> counselors)
{
    private readonly Dictionary<string, (string Queue, string CallSid)> ringing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> idleSince = new(StringComparer.Ordinal);
    private long tick;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var http = new System.Net.Http.HttpClient(new SimulatorRedirectHandler(restApi));
        var client = new TwilioRestClient(sim.Options.AccountSid, sim.Options.AuthToken, httpClient: new SystemNetHttpClient(http));
        while (!cancellationToken.IsCancellationRequested)
        {
            tick++;
            Release();
            foreach (var language in mix.Languages)
            {
                await DispatchAsync(client, language);
            }
            try
            {
                await Task.Delay(20, cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private void Release()
    {
        foreach (var (identity, leg) in ringing.ToList())
        {
            var call = sim.Calls.Find(leg.CallSid);
            if (call is null || call.IsEnded)
            {
                ringing.Remove(identity);
                idleSince[identity] = tick;
            }
        }
    }

    private async Task DispatchAsync(TwilioRestClient client, Language language)
    {
        var queueName = SampleCenter.QueueName(language.Number);
        var waiting = sim.Queues.FindByName(queueName)?.CurrentSize ?? 0;
        var pending = ringing.Values.Count(r => r.Queue == queueName && sim.Calls.Find(r.CallSid)?.Status != CallStatuses.InProgress);
        var free = counselors
            .Where(c => c.Languages.Contains(language.Code) && !ringing.ContainsKey(c.Identity))
            .OrderBy(c => idleSince.GetValueOrDefault(c.Identity))
            .Take(Math.Max(0, waiting - pending))
            .ToList();
        foreach (var counselor in free)
        {
            var call = await CallResource.CreateAsync(new global::Twilio.Types.Client(counselor.Identity["client:".Length..]), new global::Twilio.Types.PhoneNumber(sim.Options.PhoneNumber),
                twiml: new global::Twilio.Types.Twiml($"<Response><Dial timeout=\"5\"><Queue>{queueName}</Queue></Dial></Response>"), timeout: 20, client: client);
            ringing[counselor.Identity] = (queueName, call.Sid);
        }
    }
}
