using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ivr.Server.Authorization;
using Ivr.Server.CallRecords;
using Ivr.Server.Data;
using Ivr.Server.Quality;
using Ivr.Server.Staffing;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Quality;

/// <summary>
/// Operations define the review form; a supervisor scores a handled call against it (weighted, validated per
/// criterion, one review per call and reviewer), audited; the quality report averages the scores.
/// </summary>
public sealed class QualityApiTests
{
    private IvrServerFactory factory = null!;
    private HttpClient counselor = null!, supervisor = null!, operations = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        factory = await TwilioMock.Ringing().StartServerAsync();
        operations = await factory.CreateSignedInClientAsync(Roles.Operations);
        supervisor = await factory.CreateSignedInClientAsync(Roles.Supervisor);
        (counselor, var userId) = await factory.CreateSignedInUserAsync(Roles.Counselor);
        (await operations.PutAsJsonAsync("/api/staffing/counselors/c-vi", new CounselorRequest("Nguyen", new() { ["vi"] = 5 }, null, null, userId))).EnsureSuccessStatusCode();
        await factory.HandleCallAsync(counselor, "c-vi", "CA-reviewed", "vi", [], null);
    }

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    [Test, Order(1)]
    public async Task Review_AgainstTheDefaultForm_IsWeightedReplacedOnResubmissionAudited_AndReported()
    {
        var form = await supervisor.GetFromJsonAsync<ReviewForm>("/api/quality/form");
        Assert.That(form!.Version, Is.EqualTo(0));
        var scores = form.Criteria.ToDictionary(criterion => criterion.Key, criterion => criterion.MaxScore);
        scores["accuracy"] = 0; // weight 35 of 100

        var first = await supervisor.PostAsJsonAsync("/api/quality/reviews", new ReviewRequest("CA-reviewed", scores, "Missed the F-4 rule"));
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await first.Content.ReadFromJsonAsync<QualityReview>())!.Score, Is.EqualTo(65.0));
        scores["accuracy"] = 4;
        var second = await supervisor.PostAsJsonAsync("/api/quality/reviews", new ReviewRequest("CA-reviewed", scores, null));
        Assert.That((await second.Content.ReadFromJsonAsync<QualityReview>())!.Score, Is.EqualTo(93.0));

        await using var scope = factory.Services.CreateAsyncScope();
        var reviews = await scope.ServiceProvider.GetRequiredService<QualityDbContext>().Reviews.Where(review => review.CallSid == "CA-reviewed").ToListAsync();
        Assert.That(reviews.Single().Counselor, Is.EqualTo("c-vi"));
        Assert.That(reviews.Single().Language, Is.EqualTo("vi"));
        var audit = await scope.ServiceProvider.GetRequiredService<IvrDbContext>().AuditEntries.Where(entry => entry.Action == "quality.review").ToListAsync();
        Assert.That(audit.Select(entry => entry.Subject), Is.EqualTo(new[] { "CA-reviewed", "CA-reviewed" }));

        var listed = await supervisor.GetFromJsonAsync<List<ReviewableCall>>("/api/quality/calls?counselor=c-vi");
        Assert.That(listed!.Single(call => call.CallSid == "CA-reviewed").Score, Is.EqualTo(93.0));
        var day = reviews.Single().Day;
        var report = await supervisor.GetFromJsonAsync<JsonElement>($"/api/reports/quality?from={day:yyyy-MM-dd}&to={day.AddDays(1):yyyy-MM-dd}");
        var row = report.GetProperty("rows").EnumerateArray().Single().EnumerateArray().Select(cell => cell.ToString()).ToList();
        Assert.That(row[1..5], Is.EqualTo(new[] { "c-vi", "vi", "1", "93" }));
    }

    [Test, Order(1)]
    public async Task Review_MissingOrOutOfRangeOrUnknownScores_AreRefusedNamingTheCriterion()
    {
        var response = await supervisor.PostAsJsonAsync("/api/quality/reviews", new ReviewRequest("CA-reviewed",
            new() { ["greeting"] = 5, ["understanding"] = 9, ["accuracy"] = 5, ["closing"] = 5, ["speed"] = 1 }, null));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(error => error.Name), Is.EquivalentTo(new[] { "scores.understanding", "scores.empathy", "scores.speed" }));
    }

    [Test, Order(1)]
    public async Task Review_ByACounselorOrAnonymous_OrOfAnUnknownCall_IsRefused()
    {
        var scores = new Dictionary<string, int> { ["greeting"] = 5 };
        Assert.That((await counselor.PostAsJsonAsync("/api/quality/reviews", new ReviewRequest("CA-reviewed", scores, null))).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await factory.CreateClient().PostAsJsonAsync("/api/quality/reviews", new ReviewRequest("CA-reviewed", scores, null))).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await supervisor.PostAsJsonAsync("/api/quality/reviews", new ReviewRequest("CA-nobody", scores, null))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test, Order(2)]
    public async Task Form_SavedByOperations_IsTheNextVersionAndAudited_SupervisorsMayNot_BadFormsAreRefused()
    {
        var criteria = new List<ReviewCriterion> { new("language", "Spoke the caller's language well", 50, 5), new("accuracy", "Accurate", 50, 3) };

        Assert.That((await supervisor.PutAsJsonAsync("/api/quality/form", new ReviewFormRequest(criteria, null))).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var repeated = await operations.PutAsJsonAsync("/api/quality/form", new ReviewFormRequest([criteria[0], criteria[0]], null));
        var weightless = await operations.PutAsJsonAsync("/api/quality/form", new ReviewFormRequest([criteria[0] with { Weight = 0 }], null));
        var saved = await operations.PutAsJsonAsync("/api/quality/form", new ReviewFormRequest(criteria, "Fewer, sharper criteria"));

        Assert.That(repeated.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(weightless.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var current = await supervisor.GetFromJsonAsync<ReviewForm>("/api/quality/form");
        Assert.That(current!.Version, Is.EqualTo(1));
        Assert.That(current.Criteria.Select(criterion => criterion.Key), Is.EqualTo(new[] { "language", "accuracy" }));
        var review = await supervisor.PostAsJsonAsync("/api/quality/reviews", new ReviewRequest("CA-reviewed", new() { ["language"] = 5, ["accuracy"] = 2 }, null));
        Assert.That((await review.Content.ReadFromJsonAsync<QualityReview>())!.Score, Is.EqualTo(83.3));
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<IvrDbContext>().AuditEntries.CountAsync(entry => entry.Action == "quality.form" && entry.Subject == "form:v1"), Is.EqualTo(1));
    }
}
