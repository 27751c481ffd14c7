using System.Net.Http.Json;
using Ivr.Acd.Engine;
using Ivr.Server.Authorization;
using Ivr.Server.Hours;
using Ivr.Server.Queueing;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Queueing;

public sealed class AcdLanguageSyncTests
{
    [Test]
    public async Task LanguageAddedByOperations_HasAQueueWithoutARestart()
    {
        await using var factory = await IvrServerFactory.StartAsync();
        var engine = factory.Services.GetRequiredService<AcdEngine>();
        var operations = await factory.CreateSignedInClientAsync(Roles.Operations);
        Assert.That(engine.Languages, Does.Not.Contain("tr"));

        var turkish = new LanguageUpdate("Türkçe", 21, "tr-TR", null, Enabled: true,
            [new OpeningPeriod(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(18, 0))]);
        (await operations.PutAsJsonAsync("/api/ivr/languages/tr", turkish)).EnsureSuccessStatusCode();
        var joined = await factory.Services.GetRequiredService<ICallerQueue>().JoinAsync(
            new QueueJoinRequest("CA-tr", "tr", Priority: 0, Tags: [], new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero)), CancellationToken.None);

        Assert.That(engine.Languages, Does.Contain("tr").And.Contain("ko"));
        Assert.That(joined.Outcome, Is.EqualTo(QueueJoinOutcome.Joined));
    }

    [Test]
    public async Task OverflowToALanguageAFixedListDoesNotRoute_IsSavedButLeftOutOfTheRules()
    {
        await using var factory = await IvrServerFactory.StartAsync(new Dictionary<string, string?> { ["Acd:Languages:0"] = "ko", ["Acd:Languages:1"] = "vi" });
        var engine = factory.Services.GetRequiredService<AcdEngine>();
        var operations = await factory.CreateSignedInClientAsync(Roles.Operations);

        var english = await operations.PutAsJsonAsync("/api/ivr/waiting/vi", new WaitingPolicyUpdate(null, TimeSpan.FromMinutes(3), "language", "en"));
        var korean = await operations.PutAsJsonAsync("/api/ivr/waiting/vi", new WaitingPolicyUpdate(null, TimeSpan.FromMinutes(3), "language", "ko"));

        Assert.That((english.StatusCode, korean.StatusCode), Is.EqualTo((System.Net.HttpStatusCode.OK, System.Net.HttpStatusCode.OK)));
        Assert.That(engine.Languages, Is.EquivalentTo(new[] { "ko", "vi" }));
        Assert.That(engine.Settings.Rules.Single(rule => rule.Language == "vi").Overflow?.ToLanguage, Is.EqualTo("ko"));
    }
}
