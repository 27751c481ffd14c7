using System.Collections.Concurrent;
using System.Xml.Linq;
using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Execution.Verbs;
using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Webhooks;

namespace Ivr.PhoneSim.Execution;

/// <summary>
/// Runs a call's TwiML as Twilio does: fetch a document, run its verbs in order, follow navigations, and hang up
/// when a document runs out of verbs. A REST redirect cancels the running document; a failed webhook plays the
/// application error and ends the call.
/// </summary>
public sealed class CallExecutor
{
    private readonly SimulatedTwilio sim;
    private readonly Dictionary<string, IVerb> verbs;
    private readonly ConcurrentDictionary<string, int> gatherCounts = new(StringComparer.Ordinal);

    public CallExecutor(SimulatedTwilio sim)
    {
        this.sim = sim;
        IVerb[] all = [new SayVerb(), new PlayVerb(), new PauseVerb(), new GatherVerb(), new RedirectVerb(), new HangupVerb(),
            new RejectVerb(), new LeaveVerb(), new EnqueueVerb(), new DialVerb(), new RecordVerb()];
        verbs = all.ToDictionary(v => v.Name, StringComparer.Ordinal);
    }

    public IVerb Verb(string name) => verbs[name];

    public int NextGatherIndex(SimCall call) => gatherCounts.AddOrUpdate(call.Sid, 0, (_, n) => n + 1);

    public async Task RunAsync(SimCall call, Instruction first)
    {
        var next = first;
        call.IsExecuting = true;
        try
        {
            while (next is not null && !call.IsEnded)
            {
                var document = call.BeginDocument();
                var current = next;
                try
                {
                    var twiml = await FetchAsync(call, current, null, document.Token);
                    var outcome = await RunDocumentAsync(call, twiml, document.Token, null);
                    next = outcome.Kind == VerbOutcomeKind.Navigate ? outcome.Next : null;
                    if (next is null)
                    {
                        sim.EndCall(call, outcome.EndStatus ?? CallStatuses.Completed);
                    }
                }
                catch (OperationCanceledException) when (!call.IsEnded)
                {
                    next = call.TakeRedirect();
                }
                catch (WebhookFailure failure) when (call.Setup.Fallback is { } fallback && current.Url != fallback.Url && !call.IsEnded)
                {
                    next = UseFallback(call, failure, current, fallback);
                }
            }
        }
        catch (OperationCanceledException) when (call.IsEnded)
        {
        }
        catch (WebhookFailure failure)
        {
            sim.Fail(call, failure);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A simulator bug must show as an error in the journal, not as a call that silently stops.
            sim.RecordError(call, 0, "simulator fault: " + exception);
        }
        finally
        {
            sim.EndCall(call, CallStatuses.Completed);
            gatherCounts.TryRemove(call.Sid, out _);
            call.MarkCompleted();
        }
    }

    /// <summary>Twilio requests the fallback URL with ErrorCode and ErrorUrl when the primary TwiML fails; a failing fallback ends the call.</summary>
    private Instruction UseFallback(SimCall call, WebhookFailure failure, Instruction failed, Instruction fallback)
    {
        sim.RecordError(call, failure.Code, failure.Message + " (trying the fallback URL)");
        var parameters = new Dictionary<string, string>
        {
            ["ErrorCode"] = failure.Code.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ErrorUrl"] = failed.Url?.ToString() ?? "",
        };
        return fallback with { Parameters = parameters };
    }

    /// <summary>Fetches a document; relative URLs resolve against <paramref name="baseUrl"/>.</summary>
    public async Task<TwimlDocument> FetchAsync(SimCall call, Instruction instruction, IReadOnlyDictionary<string, string>? extra, CancellationToken token)
    {
        if (instruction.Twiml is { } inline)
        {
            return TwimlDocument.Parse(inline, instruction.Url);
        }
        var url = instruction.Url ?? throw new WebhookFailure(WebhookFailure.HttpRetrievalFailure, "No URL to fetch");
        var parameters = CallParameters.For(call, sim.Options.AccountSid).With(instruction.Parameters).With(extra);
        var response = await sim.Webhooks.SendAsync(call.Sid, url, instruction.Method, parameters, token);
        call.CurrentUrl = url;
        return TwimlDocument.FromResponse(response, url);
    }

    /// <summary>Runs the verbs of one document; <paramref name="allowed"/> restricts them (waitUrl, hold music). Returns Continue when the verbs run out.</summary>
    public async Task<VerbOutcome> RunDocumentAsync(SimCall call, TwimlDocument document, CancellationToken token, IReadOnlySet<string>? allowed)
    {
        var context = new VerbContext(sim, call, document, token);
        foreach (var element in document.Verbs)
        {
            token.ThrowIfCancellationRequested();
            var name = element.Name.LocalName;
            if (!verbs.TryGetValue(name, out var verb) || (allowed is not null && !allowed.Contains(name)))
            {
                Record(call, SimEventKinds.Error, element, "12200 Schema validation warning: <" + name + "> not allowed here; skipped");
                continue;
            }
            Record(call, SimEventKinds.Verb, element, null);
            if (name != "Reject")
            {
                sim.Answer(call);
            }
            var outcome = await verb.ExecuteAsync(element, context);
            if (outcome.Kind != VerbOutcomeKind.Continue)
            {
                return outcome;
            }
        }
        return VerbOutcome.Continue;
    }

    private void Record(SimCall call, string kind, XElement element, string? note)
    {
        var data = element.Attributes().ToDictionary(a => a.Name.LocalName, a => (string?)a.Value);
        data["verb"] = element.Name.LocalName;
        if (!element.HasElements && element.Value.Trim() is { Length: > 0 } text)
        {
            data["text"] = text;
        }
        if (element.HasElements)
        {
            data["nested"] = string.Join(",", element.Elements().Select(e => e.Name.LocalName + (e.HasElements ? "" : ":" + e.Value.Trim())));
        }
        if (note is not null)
        {
            data["note"] = note;
        }
        sim.Journal.Record(new SimEvent(sim.Clock.GetUtcNow(), kind, call.Sid, data));
    }
}
