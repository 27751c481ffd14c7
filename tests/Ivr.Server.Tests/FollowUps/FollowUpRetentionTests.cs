using System.Net;
using Ivr.Server.FollowUps;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Twilio.Exceptions;
using Twilio.Http;

namespace Ivr.Server.Tests.FollowUps;

/// <summary>
/// Tasks follow the call records' retention: past the period the personal data goes at once, the recording is
/// deleted at Twilio (404 counts as deleted), and a recording Twilio could not delete is tried again, never forgotten.
/// </summary>
public sealed class FollowUpRetentionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 1, 0, 0, TimeSpan.Zero);
    // Twilio's REST client throws ApiException for an error status; the mock stands in for the client, so it throws too.
    private readonly Dictionary<string, Func<Response>> answers = new(StringComparer.Ordinal);
    private TwilioMock twilio = null!;
    private IvrServerFactory server = null!;

    private async Task StartAsync(string mode = "Anonymise")
    {
        twilio = new TwilioMock().Answering(request =>
        {
            var sid = request.ConstructUrl().AbsolutePath.Split('/')[^1].Replace(".json", "", StringComparison.Ordinal);
            return answers.TryGetValue(sid, out var answer) ? answer() : new Response(HttpStatusCode.NoContent, "");
        });
        server = await IvrServerFactory.StartAsync(new Dictionary<string, string?> { ["CallRecords:RetentionMode"] = mode }, services =>
        {
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
            services.AddSingleton(twilio.Client.Object);
        });
    }

    [TearDown]
    public async Task Stop() => await server.DisposeAsync();

    private Task<FollowUpRetentionPass> PassAsync() => server.Services.GetRequiredService<FollowUpRetention>().ApplyAsync(CancellationToken.None);

    private Task<FollowUpTask> OldTaskAsync(string? recordingSid = null) =>
        server.AddAsync("th", Now.AddDays(-3 * 365 - 1), recordingSid, callerProtected: "protected", callerHash: [1, 2, 3]);

    [Test]
    public async Task Pass_PastThePeriod_DeletesTheRecordingAtTwilioAndTheNumberHere()
    {
        await StartAsync();
        var old = await OldTaskAsync();
        var recent = await server.AddAsync("th", Now.AddDays(-30), callerProtected: "protected");

        var pass = await PassAsync();

        Assert.That(pass, Is.EqualTo(new FollowUpRetentionPass(Expired: 1, RecordingsDeleted: 1, RecordingsFailed: 0, Removed: 0)));
        var deletes = twilio.Requests.Where(request => request.Method == Twilio.Http.HttpMethod.Delete).Select(request => request.ConstructUrl().AbsolutePath).ToList();
        Assert.That(deletes, Is.EqualTo(new[] { $"/2010-04-01/Accounts/{IvrServerFactory.AccountSid}/Recordings/{old.RecordingSid}.json" }));
        var kept = (await server.FindAsync(old.Id))!;
        Assert.That((kept.CallerProtected, kept.CallerHash, kept.RecordingSid, kept.ExpiredAt), Is.EqualTo(((string?)null, (byte[]?)null, (string?)null, (DateTimeOffset?)Now)),
            "anonymised: kind, language and disposition stay for reports");
        Assert.That((await server.FindAsync(recent.Id))!.CallerProtected, Is.EqualTo("protected"));
    }

    [Test]
    public async Task Pass_TwilioDoesNotKnowTheRecording_CountsItDeleted()
    {
        await StartAsync();
        var old = await OldTaskAsync();
        answers[old.RecordingSid!] = () => throw new ApiException(20404, 404, "The requested resource was not found", null);

        var pass = await PassAsync();

        Assert.That(pass.RecordingsDeleted, Is.EqualTo(1));
        Assert.That((await server.FindAsync(old.Id))!.RecordingSid, Is.Null);
    }

    [Test]
    public async Task Pass_TwilioFailing_KeepsTheRecordingToDeleteAndTheNextPassDeletesIt()
    {
        await StartAsync();
        var old = await OldTaskAsync();
        answers[old.RecordingSid!] = () => throw new ApiException(20503, 503, "Service unavailable", null);

        var failed = await PassAsync();

        Assert.That(failed, Is.EqualTo(new FollowUpRetentionPass(Expired: 1, RecordingsDeleted: 0, RecordingsFailed: 1, Removed: 0)));
        var waiting = (await server.FindAsync(old.Id))!;
        Assert.That(waiting.RecordingSid, Is.EqualTo(old.RecordingSid), "never lose track of a recording to delete");
        Assert.That(waiting.CallerProtected, Is.Null, "the number goes at the deadline, whether Twilio answers or not");

        answers.Remove(old.RecordingSid!);
        var retried = await PassAsync();

        Assert.That(retried, Is.EqualTo(new FollowUpRetentionPass(Expired: 0, RecordingsDeleted: 1, RecordingsFailed: 0, Removed: 0)));
        Assert.That((await server.FindAsync(old.Id))!.RecordingSid, Is.Null);
    }

    [Test]
    public async Task Pass_TwilioUnreachable_StopsThePassAndKeepsEveryRecording()
    {
        await StartAsync();
        var first = await OldTaskAsync();
        var second = await OldTaskAsync();
        twilio.Failing(new ApiConnectionException("Connection refused"));

        var pass = await PassAsync();

        Assert.That(pass.RecordingsFailed, Is.EqualTo(1), "no burst of requests at a Twilio that is away");
        Assert.That((await server.FindAsync(first.Id))!.RecordingSid, Is.Not.Null);
        Assert.That((await server.FindAsync(second.Id))!.RecordingSid, Is.Not.Null);
    }

    [Test]
    public async Task Pass_InDeleteMode_RemovesTheRowOnceItsRecordingIsGone()
    {
        await StartAsync(mode: "Delete");
        var deletable = await OldTaskAsync();
        var failing = await OldTaskAsync();
        answers[failing.RecordingSid!] = () => throw new ApiException(20500, 500, "Internal", null);

        var pass = await PassAsync();

        Assert.That(pass, Is.EqualTo(new FollowUpRetentionPass(Expired: 2, RecordingsDeleted: 1, RecordingsFailed: 1, Removed: 1)));
        Assert.That(await server.FindAsync(deletable.Id), Is.Null);
        Assert.That(await server.FindAsync(failing.Id), Is.Not.Null, "its recording must still be deleted");
    }
}
