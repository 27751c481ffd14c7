using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ivr.Server.Authorization;
using Ivr.Server.Counselors;
using Ivr.Server.Staffing;
using Ivr.Server.Tests.Infrastructure;

namespace Ivr.Server.Tests.Counselors;

/// <summary>DataAnnotations on request records are enforced by minimal-API validation: 400 with problem details.</summary>
public sealed class RequestValidationTests
{
    private IvrServerFactory factory = null!;

    [OneTimeSetUp]
    public async Task StartServer() => factory = await IvrServerFactory.StartAsync();

    [OneTimeTearDown]
    public async Task StopServer() => await factory.DisposeAsync();

    [Test]
    public async Task WrapUp_NoteLongerThan500_Answers400WithProblemDetails()
    {
        var counselor = await factory.CreateSignedInClientAsync(Roles.Counselor);

        var response = await counselor.PostAsJsonAsync("/api/counselor/wrap-up", new WrapUpRequest("CA-1", null, null, new string('x', 2000)));

        await AssertValidationProblemAsync(response, "Note");
    }

    [Test]
    public async Task PutCounselor_WrapUpSecondsOutOfRange_Answers400WithProblemDetails()
    {
        var operations = await factory.CreateSignedInClientAsync(Roles.Operations);

        var response = await operations.PutAsJsonAsync("/api/staffing/counselors/c-range",
            new CounselorRequest("Kim", new() { ["ko"] = 5 }, null, 100_000, null));

        await AssertValidationProblemAsync(response, "WrapUpSeconds");
    }

    private static async Task AssertValidationProblemAsync(HttpResponseMessage response, string field)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.RootElement.ToString());
    }
}
