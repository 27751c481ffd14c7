using System.Net;
using System.Net.Http.Json;
using Ivr.Server.Data;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Auditing;

/// <summary>Issue 19, item 8: a failed sign-in is audited with the account tried and the address it came from.</summary>
public sealed class SignInAuditTests
{
    [Test]
    public async Task WrongPassword_IsAuditedWithTheAccountAndTheAddress()
    {
        await using var server = await IvrServerFactory.StartAsync();

        var response = await server.CreateClient().PostAsJsonAsync("/account/login", new { email = "someone@example.org", password = "guess-1234" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        await using var scope = server.Services.CreateAsyncScope();
        var entry = await scope.ServiceProvider.GetRequiredService<IvrDbContext>().AuditEntries.AsNoTracking()
            .SingleAsync(e => e.Action == "account.sign-in-failed");
        Assert.That((entry.Subject, entry.Actor), Is.EqualTo(("someone@example.org", "anonymous")));
        Assert.That(entry.Details, Does.StartWith("from "));
    }
}
