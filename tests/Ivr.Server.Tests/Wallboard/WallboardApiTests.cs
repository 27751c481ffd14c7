using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ivr.Server.Auditing;
using Ivr.Server.Authorization;
using Ivr.Server.CallRecords;
using Ivr.Server.CallRecords.Model;
using Ivr.Server.Tests.Infrastructure;
using Ivr.Server.Wallboard;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Wallboard;

public sealed class WallboardApiTests
{
    private IvrServerFactory factory = null!;
    private HttpClient operations = null!;

    [SetUp]
    public async Task StartServer()
    {
        factory = await IvrServerFactory.StartAsync();
        operations = await factory.CreateSignedInClientAsync(Roles.Operations);
    }

    [TearDown]
    public async Task StopServer() => await factory.DisposeAsync();

    [Test]
    public async Task Thresholds_StartAsTheDefaults_AndASavedChangeIsReadBackAndAudited()
    {
        var supervisor = await factory.CreateSignedInClientAsync(Roles.Supervisor);
        Assert.That(await supervisor.GetFromJsonAsync<WallboardThresholds>("/api/wallboard/thresholds"), Is.EqualTo(WallboardThresholds.Default));

        var changed = WallboardThresholds.Default with { ServiceLevelSeconds = 30, Waiting = new ThresholdBand(2, 4) };
        (await operations.PutAsJsonAsync("/api/wallboard/thresholds", changed)).EnsureSuccessStatusCode();

        Assert.That(await supervisor.GetFromJsonAsync<WallboardThresholds>("/api/wallboard/thresholds"), Is.EqualTo(changed));
        var wallboard = await supervisor.GetFromJsonAsync<WallboardSnapshot>("/api/wallboard");
        Assert.That(wallboard!.Thresholds, Is.EqualTo(changed));
        var audit = await supervisor.GetFromJsonAsync<AuditApi.AuditPage>("/api/audit?action=wallboard.");
        Assert.That(audit!.Entries.Single().Action, Is.EqualTo("wallboard.thresholds"));
        Assert.That(audit.Entries.Single().Details, Does.Contain("\"serviceLevelSeconds\":30"));
    }

    [Test]
    public async Task Thresholds_ALanguagesOwnBands_AreSavedAndSentWithTheWallboard()
    {
        var own = new Dictionary<string, LanguageThresholds> { ["km"] = new(Waiting: new ThresholdBand(1, 2), ServiceLevelPct: new ThresholdBand(90, 80)) };
        var changed = WallboardThresholds.Default with { Languages = own };

        (await operations.PutAsJsonAsync("/api/wallboard/thresholds", changed)).EnsureSuccessStatusCode();

        var saved = await operations.GetFromJsonAsync<WallboardThresholds>("/api/wallboard/thresholds");
        Assert.That(saved!.Languages!.Keys, Is.EqualTo(new[] { "km" }));
        Assert.That(saved.Languages["km"], Is.EqualTo(own["km"]));
        Assert.That(saved with { Languages = null }, Is.EqualTo(WallboardThresholds.Default), "the general bands are unchanged");
        var wallboard = await operations.GetFromJsonAsync<WallboardSnapshot>("/api/wallboard");
        Assert.That(wallboard!.Thresholds.Languages!["km"].Waiting, Is.EqualTo(new ThresholdBand(1, 2)));
    }

    [TestCase("""{"xx":{"waiting":{"warn":1,"alert":2}}}""", "languages: 'xx' is not one of the center's languages")]
    [TestCase("""{"km":{"waiting":{"warn":3,"alert":2}}}""", "languages.km.waiting: alert must not be below warn")]
    [TestCase("""{"km":{"serviceLevelPct":{"warn":70,"alert":80}}}""", "languages.km.serviceLevelPct: alert must not be above warn")]
    [TestCase("""{"km":{}}""", "languages.km: give at least one threshold")]
    public async Task Thresholds_ALanguagesBandsThatCannotWork_Answer400WithTheReason(string languages, string reason)
    {
        var json = JsonSerializer.SerializeToNode(WallboardThresholds.Default, JsonSerializerOptions.Web)!;
        json["languages"] = System.Text.Json.Nodes.JsonNode.Parse(languages);

        var response = await operations.PutAsync("/api/wallboard/thresholds", new StringContent(json.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(problem.RootElement.GetProperty("detail").GetString(), Does.Contain(reason));
    }

    [TestCase("""{"serviceLevelSeconds":21,"waiting":{"warn":1,"alert":2},"longestWaitSeconds":{"warn":1,"alert":2},"expectedWaitSeconds":{"warn":1,"alert":2},"serviceLevelPct":{"warn":80,"alert":70},"abandonedPct":{"warn":1,"alert":2}}""", "serviceLevelSeconds must be one of")]
    [TestCase("""{"serviceLevelSeconds":20,"waiting":{"warn":5,"alert":2},"longestWaitSeconds":{"warn":1,"alert":2},"expectedWaitSeconds":{"warn":1,"alert":2},"serviceLevelPct":{"warn":80,"alert":70},"abandonedPct":{"warn":1,"alert":2}}""", "waiting: alert must not be below warn")]
    [TestCase("""{"serviceLevelSeconds":20,"waiting":{"warn":1,"alert":2},"longestWaitSeconds":{"warn":1,"alert":2},"expectedWaitSeconds":{"warn":1,"alert":2},"serviceLevelPct":{"warn":70,"alert":80},"abandonedPct":{"warn":1,"alert":2}}""", "serviceLevelPct: alert must not be above warn")]
    [TestCase("""{"serviceLevelSeconds":20,"waiting":{"warn":1,"alert":2}}""", "Every threshold")]
    public async Task Thresholds_ThatCannotWork_Answer400WithTheReason(string json, string reason)
    {
        var response = await operations.PutAsync("/api/wallboard/thresholds", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(reason));
        Assert.That(await operations.GetFromJsonAsync<WallboardThresholds>("/api/wallboard/thresholds"), Is.EqualTo(WallboardThresholds.Default));
    }

    [Test]
    public async Task Wallboard_HasEveryAcdLanguage_WithTheStatisticsCounters()
    {
        var statistics = await operations.GetFromJsonAsync<JsonElement>("/api/staffing/statistics");
        var wallboard = await operations.GetFromJsonAsync<WallboardSnapshot>("/api/wallboard");

        Assert.That(wallboard!.Languages.Select(row => row.Language),
            Is.EqualTo(statistics.EnumerateArray().Select(language => language.GetProperty("language").GetString())));
        Assert.That(wallboard.Languages.Select(row => row.ServiceLevelPct), Is.All.Null, "no call was queued today");
    }

    [Test]
    public async Task ServiceLevel_IsTodaysFromTheRollups_EqualToTheLanguageServiceReport()
    {
        var seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(factory.Services.GetRequiredService<TimeProvider>().GetUtcNow(), seoul).DateTime);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var records = scope.ServiceProvider.GetRequiredService<RecordsDbContext>();
            // 10 queued: 8 answered (6 within 20 s), 2 abandoned (1 within 10 s, a short abandon); yesterday must not count.
            records.DailyLanguage.Add(Rollup(today, queued: 10, answered: 8, abandoned: 2, answeredWithin20: 6, abandonedWithin10: 1));
            records.DailyLanguage.Add(Rollup(today.AddDays(-1), queued: 5, answered: 0, abandoned: 5, answeredWithin20: 0, abandonedWithin10: 0));
            await records.SaveChangesAsync();
        }

        var wallboard = await operations.GetFromJsonAsync<WallboardSnapshot>("/api/wallboard");
        var report = await operations.GetFromJsonAsync<JsonElement>($"/api/reports/language-service?from={today:yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}&serviceLevelSeconds=20");

        var fromReport = report.GetProperty("rows").EnumerateArray().Single(row => row[0].GetString() == "zh")[5].GetDouble();
        Assert.That(fromReport, Is.EqualTo(66.67), "6 / (8 + 2 - 1)");
        Assert.That(wallboard!.Day, Is.EqualTo(today));
        Assert.That(wallboard.Languages.Single(row => row.Language == "zh").ServiceLevelPct, Is.EqualTo(fromReport));
        Assert.That(wallboard.Languages.Single(row => row.Language == "en").ServiceLevelPct, Is.Null);
    }

    private static DailyLanguageRollup Rollup(DateOnly day, int queued, int answered, int abandoned, int answeredWithin20, int abandonedWithin10)
    {
        // Thresholds 5, 10, 15, 20, 25, ... s: cumulative counts, so every threshold from 20 s (10 s) on holds them.
        var answeredWithin = Enumerable.Range(0, 14).Select(index => index >= 3 ? answeredWithin20 : 0).ToArray();
        var abandonedWithin = Enumerable.Range(0, 14).Select(index => index >= 1 ? abandonedWithin10 : 0).ToArray();
        return new DailyLanguageRollup
        {
            Day = day, Language = "zh", Arrivals = queued, Queued = queued, Answered = answered, AbandonedInQueue = abandoned,
            AnsweredWithin = answeredWithin, AbandonedWithin = abandonedWithin,
        };
    }
}
