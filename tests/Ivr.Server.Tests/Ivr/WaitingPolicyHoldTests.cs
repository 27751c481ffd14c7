using System.Net.Http.Json;
using Ivr.Server.Authorization;
using Ivr.Server.Queueing;
using Ivr.Server.Tests.Infrastructure;
using static Ivr.Server.Tests.Ivr.IvrTestServer;

namespace Ivr.Server.Tests.Ivr;

/// <summary>
/// The hold loop follows the waiting policy operations staff save (<c>PUT /api/ivr/waiting/{code}</c>) from the next
/// announcement on, without a restart: the maximum wait and its outcome, and the callback offer's threshold or its
/// absence. (The test queue expects 2 min per caller ahead; the configuration's threshold is 2 min.)
/// </summary>
public sealed class WaitingPolicyHoldTests
{
    private const string CallbackOffer = "To be called back instead of waiting, without losing your place in line, press 2.";

    private IvrTestServer server = null!;

    [SetUp]
    public async Task Start() => server = await IvrTestServer.StartAsync();

    [TearDown]
    public async Task Stop() => await server.DisposeAsync();

    private async Task SaveAsync(string language, WaitingPolicyUpdate update)
    {
        var operations = await server.Factory.CreateSignedInClientAsync(Roles.Operations);
        (await operations.PutAsJsonAsync($"/api/ivr/waiting/{language}", update)).EnsureSuccessStatusCode();
    }

    private async Task<string> JoinAsync(string languageKeys)
    {
        var callSid = NewCallSid();
        await server.PressAsync(await server.TwimlAsync("/twilio/voice/incoming", Call(callSid)), callSid, languageKeys);
        return callSid;
    }

    private async Task<List<string>> HoldAsync(string callSid, string language) =>
        [.. Said(await server.TwimlAsync($"/twilio/voice/hold?language={language}", Call(callSid, ("QueueSid", "QU1")))).Select(say => say.Text)];

    [Test]
    public async Task Hold_VietnameseMaximumWaitSavedByOperations_OffersEnglishPastIt()
    {
        var callSid = await JoinAsync("4*");
        server.Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.That(await HoldAsync(callSid, "vi"), Has.None.StartsWith("Bạn đã chờ lâu."), "no maximum wait configured");

        await SaveAsync("vi", new WaitingPolicyUpdate(null, TimeSpan.FromMinutes(3), "language", "en"));

        Assert.That(await HoldAsync(callSid, "vi"), Has.One.StartsWith("Bạn đã chờ lâu. Để nói chuyện với tư vấn viên bằng ").And.Contains("Anh"));
        var accepted = await server.TwimlAsync("/twilio/voice/hold/key?language=vi", Call(callSid, ("Digits", "4")));
        Assert.That(server.Queue.Overflowed, Is.EqualTo(new[] { callSid }));
        Assert.That(accepted.Descendants("Leave"), Is.Empty, "back to the hold loop, in line");
    }

    [Test]
    public async Task Hold_CallbackOfferTurnedOff_TheSecondInLineHearsNoneAndKeyTwoIsNoChoice()
    {
        await JoinAsync("2*");
        var second = await JoinAsync("2*");
        Assert.That(await HoldAsync(second, "en"), Does.Contain(CallbackOffer), "4 min expected: above the configuration's 2 min");

        await SaveAsync("en", new WaitingPolicyUpdate(null, null, null, null));

        Assert.That(await HoldAsync(second, "en"), Does.Not.Contain(CallbackOffer));
        var key = await server.TwimlAsync("/twilio/voice/hold/key?language=en", Call(second, ("Digits", "2")));
        Assert.That(key.Root!.Elements(), Is.Empty, "back to the hold loop");
    }

    [Test]
    public async Task Hold_CallbackOfferAboveZero_IsOfferedToTheFirstInLine()
    {
        var first = await JoinAsync("2*");
        Assert.That(await HoldAsync(first, "en"), Does.Not.Contain(CallbackOffer), "2 min expected: not above the configuration's 2 min");

        await SaveAsync("en", new WaitingPolicyUpdate(TimeSpan.Zero, null, null, null));

        Assert.That(await HoldAsync(first, "en"), Does.Contain(CallbackOffer));
    }
}
