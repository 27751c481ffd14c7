using System.Net.Http.Json;
using Ivr.Server.Authorization;
using Ivr.Server.Hours;
using Ivr.Server.Ivr;
using Ivr.Server.Tests.Infrastructure;

namespace Ivr.Server.Tests.Ivr;

public sealed class HearNowApiTests
{
    private IvrTestServer server = null!;

    [SetUp]
    public async Task StartServer() => server = await IvrTestServer.StartAsync();

    [TearDown]
    public async Task StopServer() => await server.DisposeAsync();

    [Test]
    public async Task MondayEvening_EnglishQueues_ThaiHearsItsHours_AndNothingIsQueued()
    {
        server.MondayAt(19);
        var operations = await server.Factory.CreateSignedInClientAsync(Roles.Operations);

        var now = await operations.GetFromJsonAsync<HearNowApi.HearNow>("/api/ivr/now");

        var english = now!.Languages.Single(language => language.Code == "en");
        var thai = now.Languages.Single(language => language.Code == "th");
        Assert.Multiple(() =>
        {
            Assert.That(now.LocalTime, Does.EndWith("T19:00"));
            Assert.That(now.Languages, Has.Count.EqualTo(20));
            Assert.That((english.Open, english.Step), Is.EqualTo((true, "queue")));
            Assert.That(english.Twiml, Does.Contain("<Enqueue"));
            Assert.That((thai.Open, thai.Step), Is.EqualTo((false, "after-hours")));
            Assert.That(thai.NextOpening, Does.EndWith("T09:00"));
            Assert.That(server.Queue.Log, Is.Empty);
        });
    }

    [Test]
    public async Task EmergencyClosure_EveryLanguageHearsTheClosure()
    {
        var operations = await server.Factory.CreateSignedInClientAsync(Roles.Operations);
        (await operations.PutAsJsonAsync("/api/ivr/closure", new ClosureUpdate(true, "Typhoon"))).EnsureSuccessStatusCode();

        var now = await operations.GetFromJsonAsync<HearNowApi.HearNow>("/api/ivr/now");

        Assert.That(now!.Closed, Is.True);
        Assert.That(now.ClosureMessage, Is.EqualTo("Typhoon"));
        Assert.That(now.Languages.Select(language => language.Step), Is.All.EqualTo("closed"));
    }
}
