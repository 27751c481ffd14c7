using System.Net;
using System.Text;
using Ivr.Server.Authorization;
using Ivr.Server.Telephony;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Accounts;

/// <summary>
/// Walks every endpoint the server maps (from its endpoint data source, not a list kept by hand): staff endpoints
/// refuse anonymous callers with 401 and the wrong role with 403; Twilio endpoints refuse unsigned requests with 403.
/// </summary>
public sealed class EndpointAuthorizationTests
{
    // Endpoints anyone may call. Adding one here is a security decision: say why in its mapping.
    private static readonly string[] Anonymous =
    [
        "GET /health", "GET /health/live", "GET /health/ready",
        "POST /account/login", "POST /account/refresh",
    ];

    private IvrServerFactory factory = null!;
    private List<(string Method, RouteEndpoint Endpoint)> endpoints = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        factory = await IvrServerFactory.StartAsync();
        endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (method, endpoint)))
            .ToList();
    }

    [OneTimeTearDown]
    public async Task StopServer() => await factory.DisposeAsync();

    [Test]
    public void AnonymousEndpoints_AreExactlyTheDeclaredOnes()
    {
        var anonymous = endpoints
            .Where(pair => pair.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null && !IsTwilio(pair.Endpoint))
            .Select(Name);

        Assert.That(anonymous, Is.EquivalentTo(Anonymous));
    }

    [Test]
    public async Task StaffEndpoints_WithoutCredentials_Answer401()
    {
        var anonymousClient = factory.CreateClient();
        var staff = StaffEndpoints().ToList();
        Assert.That(staff, Is.Not.Empty);

        foreach (var (method, endpoint) in staff)
        {
            var response = await anonymousClient.SendAsync(Request(method, endpoint));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), Name((method, endpoint)));
        }
    }

    [Test]
    public async Task StaffEndpoints_WithTheWrongRole_Answer403()
    {
        var clients = new Dictionary<string, HttpClient> { [""] = await factory.CreateSignedInClientAsync(role: null) };
        foreach (var role in Roles.All)
        {
            clients[role] = await factory.CreateSignedInClientAsync(role);
        }

        foreach (var (method, endpoint) in StaffEndpoints())
        {
            var allowed = AllowedRoles(endpoint);
            foreach (var (role, client) in clients.Where(pair => !allowed.Contains(pair.Key)))
            {
                var response = await client.SendAsync(Request(method, endpoint));
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), $"{Name((method, endpoint))} as '{role}'");
            }
        }
    }

    [Test]
    public async Task TwilioEndpoints_WithoutSignature_Answer403()
    {
        var client = factory.CreateClient();
        var twilio = endpoints.Where(pair => IsTwilio(pair.Endpoint)).ToList();
        Assert.That(twilio.Select(Name), Does.Contain("POST /twilio/voice/incoming").And.Contain("POST /twilio/voice/status"));

        foreach (var (method, endpoint) in twilio)
        {
            var response = await client.SendAsync(Request(method, endpoint));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), Name((method, endpoint)));
        }
    }

    [Test]
    public void TwilioEndpoints_LiveUnderTwilioAndAskForNoSignIn()
    {
        // Their requests skip the sign-in and authorization middleware (UseTwilioWebhooks), so a sign-in requirement on
        // one of them would never be checked: the signature filter is their only guard.
        var twilio = endpoints.Where(pair => IsTwilio(pair.Endpoint)).ToList();

        Assert.That(twilio.Select(pair => pair.Endpoint.RoutePattern.RawText), Is.All.StartsWith("/twilio/"));
        Assert.That(twilio.Where(pair => pair.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0).Select(Name), Is.Empty);
        Assert.That(endpoints.Where(pair => !IsTwilio(pair.Endpoint) && pair.Endpoint.RoutePattern.RawText!.StartsWith("/twilio", StringComparison.Ordinal)).Select(Name), Is.Empty);
    }

    private IEnumerable<(string Method, RouteEndpoint Endpoint)> StaffEndpoints() =>
        endpoints.Where(pair => pair.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null && !IsTwilio(pair.Endpoint));

    private static bool IsTwilio(Endpoint endpoint) => endpoint.Metadata.GetMetadata<TwilioWebhookAttribute>() is not null;

    // Roles named by the endpoint's [Authorize(Roles = ...)] data; the default policy admits every staff role.
    private static HashSet<string> AllowedRoles(Endpoint endpoint)
    {
        var data = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
        var named = data.Where(item => item.Roles is not null).Select(item => item.Roles!.Split(',').ToHashSet()).ToList();
        var policies = endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>()
            .SelectMany(policy => policy.Requirements.OfType<Microsoft.AspNetCore.Authorization.Infrastructure.RolesAuthorizationRequirement>())
            .Select(requirement => requirement.AllowedRoles.ToHashSet()).ToList();
        var all = named.Concat(policies).ToList();
        if (all.Count == 0)
        {
            return data.Count > 0 ? Roles.All.ToHashSet() : [];
        }
        // Every requirement must hold: the allowed roles are their intersection.
        return all.Aggregate((left, right) => left.Intersect(right).ToHashSet());
    }

    private static HttpRequestMessage Request(string method, RouteEndpoint endpoint)
    {
        var path = string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
            // A value the route's constraint admits, so that the request reaches the endpoint.
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(policy => policy.Content == "guid") =>
                "00000000-0000-0000-0000-000000000001",
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => "1",
            _ => "",
        }))));
        return new HttpRequestMessage(new HttpMethod(method), "/" + path)
        {
            // Twilio's routes admit only form bodies (415 otherwise): send what Twilio sends, unsigned.
            Content = method is "GET" or "DELETE" ? null
                : IsTwilio(endpoint) ? new FormUrlEncodedContent([])
                : new StringContent("{}", Encoding.UTF8, "application/json"),
        };
    }

    private static string Name((string Method, RouteEndpoint Endpoint) pair) => $"{pair.Method} /{pair.Endpoint.RoutePattern.RawText?.TrimStart('/')}";
}
