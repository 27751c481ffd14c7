using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Ivr.Server.Accounts;
using Ivr.Server.Authorization;
using Ivr.Server.Data;
using Ivr.Server.Staffing;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Accounts;

/// <summary>Disabling, role changes, revocation and counselor deletion end every sign-in issued before, and are audited.</summary>
public sealed class AccountAdministrationTests
{
    private IvrServerFactory factory = null!;
    private HttpClient operations = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        factory = await IvrServerFactory.StartAsync();
        operations = await factory.CreateSignedInClientAsync(Roles.Operations);
    }

    [OneTimeTearDown]
    public async Task StopServer() => await factory.DisposeAsync();

    [Test]
    public async Task Disable_RefusesTheTokenSignInAndRefresh_EnableLetsTheAccountSignInAgain()
    {
        var (email, userId) = await CreateUserAsync(Roles.Supervisor);
        var tokens = await SignInAsync(email);
        Assert.That((await GetAsync("/api/staffing/counselors", tokens.AccessToken)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var disabled = await operations.PostAsync($"/api/accounts/{userId}/disable", null);

        Assert.That(disabled.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await disabled.Content.ReadFromJsonAsync<AccountAdminApi.AccountView>())!.Disabled, Is.True);
        Assert.That((await GetAsync("/api/staffing/counselors", tokens.AccessToken)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await LoginAsync(email)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await factory.CreateClient().PostAsJsonAsync("/account/refresh", new { refreshToken = tokens.RefreshToken })).StatusCode,
            Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await AuditedAsync("account.disable", email), Is.True);

        Assert.That((await operations.PostAsync($"/api/accounts/{userId}/enable", null)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await LoginAsync(email)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task SetRole_EndsSessionsWithTheOldRole()
    {
        var (email, userId) = await CreateUserAsync(Roles.Supervisor);
        var old = await SignInAsync(email);

        var changed = await operations.PutAsJsonAsync($"/api/accounts/{userId}/role", new AccountAdminApi.RoleRequest(Roles.Counselor));

        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await GetAsync("/api/staffing/counselors", old.AccessToken)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        var fresh = await SignInAsync(email);
        Assert.That((await GetAsync("/api/staffing/counselors", fresh.AccessToken)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await AuditedAsync("account.role", email), Is.True);
    }

    [Test]
    public async Task RevokeSessions_RefusesEarlierTokens_ANewSignInWorks()
    {
        var (email, userId) = await CreateUserAsync(Roles.Counselor);
        var old = await SignInAsync(email);

        Assert.That((await operations.PostAsync($"/api/accounts/{userId}/revoke-sessions", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        Assert.That((await GetAsync("/api/accounts/me", old.AccessToken)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await GetAsync("/api/accounts/me", (await SignInAsync(email)).AccessToken)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await AuditedAsync("account.revoke-sessions", email), Is.True);
    }

    [Test]
    public async Task DeleteCounselor_DisablesTheLinkedLogin()
    {
        var (email, userId) = await CreateUserAsync(Roles.Counselor);
        var tokens = await SignInAsync(email);
        var id = "c-" + Guid.NewGuid().ToString("N")[..8];
        (await operations.PutAsJsonAsync($"/api/staffing/counselors/{id}", new CounselorRequest("Kim", new() { ["ko"] = 5 }, null, null, userId))).EnsureSuccessStatusCode();

        Assert.That((await operations.DeleteAsync($"/api/staffing/counselors/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        Assert.That((await GetAsync("/api/accounts/me", tokens.AccessToken)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await LoginAsync(email)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task AccountEndpoints_UnknownAccount_Answer404_UnknownRole_Answers400()
    {
        Assert.That((await operations.PostAsync("/api/accounts/nobody/disable", null)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await operations.PutAsJsonAsync("/api/accounts/nobody/role", new AccountAdminApi.RoleRequest("root"))).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    private async Task<(string Email, string UserId)> CreateUserAsync(string role)
    {
        var email = $"{role}-{Guid.NewGuid():N}@example.org";
        var created = await operations.PostAsJsonAsync("/api/accounts", new AccountsApi.CreateAccountRequest(email, StaffAccounts.Password, role, null));
        created.EnsureSuccessStatusCode();
        return (email, (await created.Content.ReadFromJsonAsync<AccountsApi.AccountResponse>())!.Id);
    }

    private Task<HttpResponseMessage> LoginAsync(string email) =>
        factory.CreateClient().PostAsJsonAsync("/account/login", new { email, password = StaffAccounts.Password });

    private async Task<Tokens> SignInAsync(string email)
    {
        var response = await LoginAsync(email);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Tokens>())!;
    }

    private Task<HttpResponseMessage> GetAsync(string path, string accessToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return factory.CreateClient().SendAsync(request);
    }

    private async Task<bool> AuditedAsync(string action, string subject)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IvrDbContext>().AuditEntries.AnyAsync(entry => entry.Action == action && entry.Subject == subject);
    }

    private sealed record Tokens(string AccessToken, string RefreshToken);
}
