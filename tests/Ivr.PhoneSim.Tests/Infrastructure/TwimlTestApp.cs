using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Twilio.Security;

namespace Ivr.PhoneSim.Tests.Infrastructure;

/// <summary>A small web app of TwiML endpoints on loopback. Records every request it gets and whether its Twilio signature is valid.</summary>
public sealed class TwimlTestApp : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, Func<ReceivedRequest, Task<IResult>>> routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ReceivedRequest> received = new();

    private TwimlTestApp(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<ReceivedRequest> Received => [.. received];

    public static async Task<TwimlTestApp> StartAsync(string authToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var testApp = new TwimlTestApp(app);
        var validator = new RequestValidator(authToken);
        app.Map("/{**path}", async (HttpContext context) =>
        {
            var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync() : null;
            var parameters = (form ?? (IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>>)context.Request.Query)
                .ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
            var url = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.Path}{context.Request.QueryString}";
            var signature = context.Request.Headers["X-Twilio-Signature"].ToString();
            var valid = form is null ? validator.Validate(url, new Dictionary<string, string>(), signature) : validator.Validate(url, parameters, signature);
            var request = new ReceivedRequest(context.Request.Path, context.Request.Method, parameters, valid);
            testApp.received.Enqueue(request);
            return testApp.routes.TryGetValue(context.Request.Path, out var handler)
                ? await handler(request)
                : Results.NotFound();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        testApp.BaseUrl = new Uri(address);
        return testApp;
    }

    public Uri Url(string path) => new(BaseUrl, path);

    public void Twiml(string path, string twiml) => routes[path] = _ => Task.FromResult(Xml(twiml));

    public void Twiml(string path, Func<ReceivedRequest, string> twiml) => routes[path] = r => Task.FromResult(Xml(twiml(r)));

    public void Handle(string path, Func<ReceivedRequest, Task<IResult>> handler) => routes[path] = handler;

    public IReadOnlyList<ReceivedRequest> To(string path) => [.. received.Where(r => r.Path == path)];

    public static IResult Xml(string twiml) => Results.Text(twiml, "application/xml");

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
