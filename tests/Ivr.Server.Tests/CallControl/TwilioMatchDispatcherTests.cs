using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.Queueing;
using Ivr.Server.Staffing;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.CallControl;

public sealed class TwilioMatchDispatcherTests
{
    [Test]
    public async Task Dispatch_Match_RingsTheCounselorAsConferenceParticipantWithStatusCallback()
    {
        var twilio = new TwilioMock().Answering(_ => TwilioMock.Participant("CA00000000000000000000000000000001"));
        await using var factory = await twilio.StartServerAsync();
        var engine = await SignedInCounselorAsync(factory, "c1", "en");

        await factory.Services.GetRequiredService<ICallerQueue>().JoinAsync(Join("CA-caller-1", "en"), CancellationToken.None);

        var reservation = (await engine.GetCounselorAsync("c1"))!.ReservationId;
        var request = twilio.Requests.Single();
        Assert.That(request.Method, Is.EqualTo(Twilio.Http.HttpMethod.Post));
        Assert.That(request.ConstructUrl().AbsolutePath, Does.EndWith($"/Conferences/ivr-{reservation}/Participants.json"));
        var parameters = request.PostParams.GroupBy(pair => pair.Key).ToDictionary(group => group.Key, group => group.First().Value);
        Assert.That(parameters["To"], Is.EqualTo("client:c1"));
        Assert.That(parameters["StatusCallback"], Is.EqualTo($"http://localhost/twilio/voice/counselor/{reservation}/status"));
        Assert.That((await engine.GetCounselorAsync("c1"))!.State, Is.EqualTo(CounselorState.Reserved));
    }

    [Test]
    public async Task Dispatch_TwilioUnreachable_UndoesTheReservationAndTheCallerStaysFirstInLine()
    {
        var twilio = new TwilioMock().Failing(new HttpRequestException("connection refused"));
        await using var factory = await twilio.StartServerAsync();
        var engine = await SignedInCounselorAsync(factory, "c1", "en");
        var queue = factory.Services.GetRequiredService<ICallerQueue>();

        await queue.JoinAsync(Join("CA-caller-1", "en"), CancellationToken.None);

        Assert.That(twilio.Requests, Has.Count.EqualTo(1), "creating a participant is never replayed");
        Assert.That((await queue.GetStandingAsync("CA-caller-1", CancellationToken.None)).Status!.Position, Is.EqualTo(1));
        var counselor = await engine.GetCounselorAsync("c1");
        Assert.That(counselor!.ReservationId, Is.Null);
        Assert.That(counselor.State, Is.Not.EqualTo(CounselorState.Missed), "a Twilio outage is not the counselor's missed call");
    }

    internal static async Task<AcdEngine> SignedInCounselorAsync(IvrServerFactory factory, string id, string language)
    {
        var engine = factory.Services.GetRequiredService<AcdEngine>();
        await engine.UpsertCounselorAsync(StaffingService.ToProfile(new Counselor
        {
            Id = id,
            DisplayName = id,
            Skills = [new CounselorSkill { Language = language, Level = 5 }],
        }));
        await engine.SignInAsync(id);
        return engine;
    }

    internal static QueueJoinRequest Join(string callSid, string language) => new(callSid, language, 0, [], DateTimeOffset.UnixEpoch);
}
