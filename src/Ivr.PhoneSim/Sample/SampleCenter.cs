using System.Globalization;
using System.Security;
using Ivr.PhoneSim.Traffic;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Ivr.PhoneSim.Sample;

/// <summary>
/// A minimal Twilio webhook app shaped like 1345 (language by number and *, then 0 for a counselor or 1 for office
/// hours, one queue per language with the position read out) so the modes show calls flowing before the real
/// server's ACD exists, and so the simulator's own capacity can be measured. It is not the server.
/// </summary>
public sealed class SampleCenter : IAsyncDisposable
{
    private readonly WebApplication app;

    private SampleCenter(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static string QueueName(int languageNumber) => "lang-" + languageNumber.ToString(CultureInfo.InvariantCulture);

    public static async Task<SampleCenter> StartAsync(LanguageMix mix)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/voice", () => Twiml(
            "<Gather action=\"/language\" finishOnKey=\"*\" timeout=\"10\"><Say>Welcome to 1345. Press your language number, then star.</Say></Gather><Redirect>/voice</Redirect>"));
        app.MapPost("/language", async (HttpRequest request) =>
        {
            var digits = (await request.ReadFormAsync())["Digits"].ToString();
            return int.TryParse(digits, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && mix.Languages.Any(l => l.Number == number)
                ? Twiml($"<Gather action=\"/menu?lang={number}\" numDigits=\"1\"><Say>Press 1 for office hours, 0 for a counselor.</Say></Gather><Redirect>/voice</Redirect>")
                : Twiml("<Say>Sorry, that is not a language number.</Say><Redirect>/voice</Redirect>");
        });
        app.MapPost("/menu", async (HttpRequest request, int lang) =>
        {
            var digits = (await request.ReadFormAsync())["Digits"].ToString();
            return digits == "0"
                ? Twiml($"<Enqueue waitUrl=\"/hold\">{QueueName(lang)}</Enqueue>")
                : Twiml("<Say>Immigration offices are open on weekdays from 9 to 6.</Say><Pause length=\"30\"/><Hangup/>");
        });
        app.MapPost("/hold", async (HttpRequest request) =>
        {
            var position = SecurityElement.Escape((await request.ReadFormAsync())["QueuePosition"].ToString());
            return Twiml($"<Say>You are number {position} in line. A counselor will be with you shortly.</Say><Play>https://example.com/hold.mp3</Play>");
        });
        app.MapPost("/status", () => Twiml(""));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SampleCenter(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static IResult Twiml(string verbs) => Results.Text($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>{verbs}</Response>", "application/xml");
}
