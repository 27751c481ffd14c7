using Ivr.Acd.Model;
using Ivr.Server.Queueing;
using Ivr.Server.Tests.CallControl;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Queueing;

/// <summary>
/// The maximum wait's language offer on the real ACD: Vietnamese callers may overflow to English, but only one who
/// pressed 4 (AcceptOverflow) is taken by an English counselor.
/// </summary>
public sealed class MaxWaitOverflowTests
{
    private static readonly DateTimeOffset Arrived = new(2026, 11, 30, 1, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, string?> VietnameseToEnglish = new()
    {
        ["MaxWait:Languages:vi:After"] = "00:05:00",
        ["MaxWait:Languages:vi:Offer"] = "language",
        ["MaxWait:Languages:vi:OverflowLanguage"] = "en",
    };

    [Test]
    public async Task AcceptOverflow_VietnameseCallerWhoConsents_IsTakenByAnEnglishCounselor()
    {
        var twilio = new TwilioMock().Answering(_ => TwilioMock.Participant("CA00000000000000000000000000000001"));
        await using var factory = await twilio.StartServerAsync(VietnameseToEnglish);
        var engine = await TwilioMatchDispatcherTests.SignedInCounselorAsync(factory, "c-en", "en");
        var queue = factory.Services.GetRequiredService<ICallerQueue>();
        await queue.JoinAsync(new QueueJoinRequest("CA-vi-1", "vi", 0, [], Arrived), CancellationToken.None);
        var before = await engine.GetCounselorAsync("c-en");

        var accepted = await queue.AcceptOverflowAsync("CA-vi-1", CancellationToken.None);

        Assert.That(before!.State, Is.EqualTo(CounselorState.Available), "no overflow without consent");
        Assert.That(accepted, Is.True);
        var counselor = await engine.GetCounselorAsync("c-en");
        Assert.That((counselor!.State, counselor.CallSid), Is.EqualTo((CounselorState.Reserved, "CA-vi-1")));
        Assert.That(twilio.Requests, Has.Count.EqualTo(1), "the English counselor was rung");
    }

    [Test]
    public async Task AcceptOverflow_LanguageWithoutTheOffer_ChangesNothing()
    {
        await using var factory = await IvrServerFactory.StartAsync(VietnameseToEnglish);
        var queue = factory.Services.GetRequiredService<ICallerQueue>();
        await queue.JoinAsync(new QueueJoinRequest("CA-th-1", "th", 0, [], Arrived), CancellationToken.None);

        Assert.That(await queue.AcceptOverflowAsync("CA-th-1", CancellationToken.None), Is.False);
        Assert.That(await queue.AcceptOverflowAsync("CA-gone", CancellationToken.None), Is.False);
    }
}
