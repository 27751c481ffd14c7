using System.Net;
using System.Net.Http.Json;
using Ivr.Server.Accounts;
using Ivr.Server.Authorization;
using Ivr.Server.Counselors;
using Ivr.Server.Data;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Tests.Accounts;

/// <summary>The pages' session cookie: __Host-, Secure, SameSite=Strict, one shift long; unsafe cookie requests need the pages' header.</summary>
public sealed class SessionCookieTests
{
    private IvrServerFactory factory = null!;

    [OneTimeSetUp]
    public async Task StartServer() => factory = await IvrServerFactory.StartAsync();

    [OneTimeTearDown]
    public async Task StopServer() => await factory.DisposeAsync();

    [Test]
    public async Task CookieSignIn_SetsAHostPrefixedSecureStrictCookieForOneShift()
    {
        var setCookie = await SignInWithCookieAsync();

        Assert.That(setCookie, Does.StartWith("__Host-ivr="));
        Assert.That(setCookie.ToLowerInvariant(), Does.Contain("; secure").And.Contain("samesite=strict").And.Contain("path=/").And.Contain("httponly"));
        Assert.That(setCookie.ToLowerInvariant(), Does.Not.Contain("domain="));
        var cookie = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        Assert.That(cookie.ExpireTimeSpan, Is.EqualTo(TimeSpan.FromHours(10)));
        Assert.That(cookie.SlidingExpiration, Is.False);
    }

    [Test]
    public async Task CookieRequest_UnsafeWithoutThePagesHeader_Answers400_WithIt_IsHandled()
    {
        var cookie = (await SignInWithCookieAsync()).Split(';')[0];
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = false });

        var forged = new HttpRequestMessage(HttpMethod.Post, "/api/counselor/presence") { Content = JsonContent.Create(new PresenceRequest("available", null)) };
        forged.Headers.Add("Cookie", cookie);
        var fromPage = new HttpRequestMessage(HttpMethod.Post, "/api/counselor/presence") { Content = JsonContent.Create(new PresenceRequest("available", null)) };
        fromPage.Headers.Add("Cookie", cookie);
        fromPage.Headers.Add(CookieRequestGuard.HeaderName, "1");
        var read = new HttpRequestMessage(HttpMethod.Get, "/api/accounts/me");
        read.Headers.Add("Cookie", cookie);

        var refused = await client.SendAsync(forged);
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain(CookieRequestGuard.HeaderName));
        // Not linked to a counselor: 404 from the handler, i.e. the request got through.
        Assert.That((await client.SendAsync(fromPage)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await client.SendAsync(read)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public void HubConnections_Abort_ClosesOnlyThatAccountsConnections()
    {
        var connections = new HubConnections();
        var mine = new FakeCaller("c1", "user-1");
        var theirs = new FakeCaller("c2", "user-2");
        connections.Add(mine);
        connections.Add(theirs);

        connections.Abort("user-1");

        Assert.That(mine.Aborted, Is.True);
        Assert.That(theirs.Aborted, Is.False);
    }

    private async Task<string> SignInWithCookieAsync()
    {
        var email = $"counselor-{Guid.NewGuid():N}@example.org";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IvrUser>>();
            var user = new IvrUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.That((await users.CreateAsync(user, StaffAccounts.Password)).Succeeded, Is.True);
            await users.AddToRoleAsync(user, Roles.Counselor);
        }
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = false });
        var response = await client.PostAsJsonAsync("/account/login?useCookies=true", new { email, password = StaffAccounts.Password });
        response.EnsureSuccessStatusCode();
        return response.Headers.GetValues("Set-Cookie").Single(value => value.StartsWith("__Host-ivr=", StringComparison.Ordinal));
    }

    private sealed class FakeCaller(string connectionId, string userId) : HubCallerContext
    {
        public bool Aborted { get; private set; }

        public override string ConnectionId => connectionId;

        public override string? UserIdentifier => userId;

        public override System.Security.Claims.ClaimsPrincipal? User => null;

        public override IDictionary<object, object?> Items { get; } = new Dictionary<object, object?>();

        public override Microsoft.AspNetCore.Http.Features.IFeatureCollection Features { get; } = new Microsoft.AspNetCore.Http.Features.FeatureCollection();

        public override CancellationToken ConnectionAborted => CancellationToken.None;

        public override void Abort() => Aborted = true;
    }
}
