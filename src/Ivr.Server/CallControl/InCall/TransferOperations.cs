using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.Queueing;

namespace Ivr.Server.CallControl.InCall;

/// <summary>
/// Blind transfers: the caller goes back to a queue (another language's, or to wait for a named counselor) and the
/// counselor leaves the call. The caller keeps their priority and original arrival time.
/// </summary>
public sealed class TransferOperations(
    AcdEngine engine, CurrentCalls calls, ConferenceControl conference, PublicUrls urls, TransferRedirects redirects,
    IMatchDispatcher dispatcher, ICallStateObserver observer, ILogger<TransferOperations> logger)
{
    // A called-back caller, or the person a counselor called, has no place in Twilio's queue to wait in: hand them over
    // in the call itself (consult, then complete).
    private static readonly InCallReply CallbackNotTransferable =
        InCallReply.Conflict("A called-back caller or a call you placed cannot be transferred blind; consult the counselor first, then complete the transfer.");

    private static bool HasNoPlaceInQueue(string callSid) => AcdEngine.IsCallbackId(callSid) || AcdEngine.IsOutboundId(callSid);

    /// <summary>Blind transfer to another language's queue.</summary>
    public async Task<InCallReply> TransferToLanguageAsync(string counselorId, string language, CancellationToken cancellationToken)
    {
        if (!engine.Languages.Contains(language))
        {
            return InCallReply.BadRequest($"There is no queue for language '{language}'.");
        }
        if (await calls.FindLeadAsync(counselorId) is not { } current)
        {
            return await calls.NotLeadReplyAsync(counselorId);
        }
        if (HasNoPlaceInQueue(current.CallSid))
        {
            return CallbackNotTransferable;
        }
        if (language == current.Call.Language)
        {
            return InCallReply.Conflict($"The caller is already served in '{language}'.");
        }
        var result = await engine.TransferToLanguageAsync(current.CallSid, language, $"transfer:{current.ReservationId}:{language}");
        return await AfterBlindTransferAsync(current, result, language, cancellationToken);
    }

    /// <summary>Blind transfer to a named available counselor; should they not answer, the caller waits in line.</summary>
    public async Task<InCallReply> TransferToCounselorAsync(string counselorId, string targetId, CancellationToken cancellationToken)
    {
        if (await calls.FindLeadAsync(counselorId) is not { } current)
        {
            return await calls.NotLeadReplyAsync(counselorId);
        }
        if (HasNoPlaceInQueue(current.CallSid))
        {
            return CallbackNotTransferable;
        }
        var result = await engine.TransferToCounselorAsync(current.CallSid, targetId, $"transfer:{current.ReservationId}:{targetId}");
        return await AfterBlindTransferAsync(current, result, current.Call.Language, cancellationToken, targetId);
    }

    private async Task<InCallReply> AfterBlindTransferAsync(CurrentCall current, InCallResult result, string queueLanguage, CancellationToken cancellationToken, string? targetId = null)
    {
        if (result.Outcome != InCallOutcome.Done)
        {
            return InCallReply.Refused(result.Outcome, targetId);
        }
        // The caller waits in the queue's hold loop until the next counselor answers (the conference ends as they leave it).
        var moved = await InCallSteps.BestEffortAsync(logger,
            () => conference.RedirectAsync(current.CallSid, urls.For(CallerTwimlEndpoints.TransferredRouteName, new { language = queueLanguage })),
            "move the transferred caller to the queue");
        if (!moved)
        {
            await redirects.AddAsync(current.CallSid, queueLanguage);
        }
        await dispatcher.DispatchAsync([.. result.Reservation is { } reservation ? [reservation] : Array.Empty<Match>(), .. result.Matches], cancellationToken);
        await observer.CallsChangedAsync(cancellationToken, current.CounselorId);
        return moved
            ? await calls.LeftReplyAsync(current.CounselorId)
            : InCallReply.BadGateway("The caller is transferred, but Twilio could not move them to the queue yet: they stay on your line until the server moves them (it keeps trying) or the next counselor answers.");
    }
}
