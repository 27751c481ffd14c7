using System.Collections.Concurrent;
using System.Net;
using Ivr.Server.Telephony.Rest;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Infrastructure;

/// <summary>
/// Breaks chosen Twilio REST requests on their way from the server's Polly pipeline to the phone simulator: a 500
/// answer, no answer at all (the per-attempt timeout fires), or Twilio's answer held back until the test releases it
/// (the request took effect: its status callbacks run first). Counts every attempt, so tests see what was retried.
/// </summary>
public sealed class TwilioFaults
{
    private readonly ConcurrentQueue<(Func<HttpRequestMessage, bool> Match, Fault Fault, int Times)> plan = new();
    private readonly ConcurrentDictionary<(Func<HttpRequestMessage, bool>, Fault), int> used = new();
    private readonly ConcurrentBag<HttpRequestMessage> attempts = [];
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public enum Fault
    {
        ServerError,
        NoAnswer,
        AnswerWhenReleased,
    }

    /// <summary>The next <paramref name="times"/> requests matching <paramref name="match"/> fail with <paramref name="fault"/>.</summary>
    public TwilioFaults Fail(Func<HttpRequestMessage, bool> match, Fault fault, int times = int.MaxValue)
    {
        plan.Enqueue((match, fault, times));
        return this;
    }

    public int Attempts(Func<HttpRequestMessage, bool> match) => attempts.Count(match);

    public void Clear() => plan.Clear();

    /// <summary>Lets the answers held by <see cref="Fault.AnswerWhenReleased"/> go back to the server.</summary>
    public void Release() => released.TrySetResult();

    public static bool ParticipantCreate(HttpRequestMessage request) =>
        request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/Participants.json", StringComparison.Ordinal);

    public static bool ParticipantUpdate(HttpRequestMessage request) =>
        request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.Contains("/Participants/", StringComparison.Ordinal);

    public static bool CallUpdate(HttpRequestMessage request) =>
        request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.Contains("/Calls/", StringComparison.Ordinal);

    public void AddTo(IServiceCollection services) =>
        services.AddHttpClient(TwilioRestClientServiceCollectionExtensions.HttpClientName).AddHttpMessageHandler(() => new Handler(this));

    private Fault? Take(HttpRequestMessage request)
    {
        attempts.Add(request);
        foreach (var (match, fault, times) in plan)
        {
            if (match(request) && used.AddOrUpdate((match, fault), 1, (_, n) => n + 1) <= times)
            {
                return fault;
            }
        }
        return null;
    }

    private sealed class Handler(TwilioFaults faults) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            switch (faults.Take(request))
            {
                case Fault.ServerError:
                    return new HttpResponseMessage(HttpStatusCode.InternalServerError)
                    {
                        Content = new StringContent("""{"code":20500,"message":"Internal Server Error","status":500}"""),
                        RequestMessage = request,
                    };
                case Fault.NoAnswer:
                    await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
                    throw new OperationCanceledException(cancellationToken);
                case Fault.AnswerWhenReleased:
                    var answer = await base.SendAsync(request, cancellationToken);
                    await faults.released.Task.WaitAsync(cancellationToken);
                    return answer;
                default:
                    return await base.SendAsync(request, cancellationToken);
            }
        }
    }
}
