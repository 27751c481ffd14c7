using System.Net;
using Ivr.Server.Authorization;
using Ivr.Server.Reporting;
using Ivr.Server.Tests.Infrastructure;

namespace Ivr.Server.Tests.Reporting;

public sealed class ReportsOpenApiTests
{
    [Test]
    public async Task OpenApiDocument_ListsEveryReport()
    {
        await using var factory = await IvrServerFactory.StartAsync();

        // Outside Development the document is for signed-in staff.
        var response = await (await factory.CreateSignedInClientAsync(Roles.Operations)).GetAsync("/openapi/v1.json");
        var document = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        foreach (var name in CallReports.Names)
        {
            Assert.That(document, Does.Contain($"\"/api/reports/{name}\""));
        }
    }
}
