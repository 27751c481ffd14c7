using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ivr.PhoneSim.Traffic;

namespace Ivr.PhoneSim.Modes;

/// <summary>
/// Tells the Ivr server about the virtual counselors through its own staffing API (as an operations account):
/// each counselor's languages and level, then signs them in as available. With --open-all-hours it also opens
/// every language around the clock (as 1345 did in 2020-2022), so a demo shows answered calls at any hour.
/// </summary>
public sealed class ServerSeeder(Uri server, string email, string password)
{
    /// <summary>Seeds when the command line names an operations account (--seed-email, --seed-password).</summary>
    public static Task SeedIfAskedAsync(CommandLine command, IReadOnlyList<VirtualCounselor> counselors, CancellationToken cancellationToken) =>
        command.Text("seed-email", "") is { Length: > 0 } email
            ? new ServerSeeder(command.Url("server", "http://127.0.0.1:5000"), email, command.Text("seed-password", ""))
                .SeedAsync(counselors, command.Text("open-all-hours", "false") == "true", cancellationToken)
            : Task.CompletedTask;

    public async Task SeedAsync(IReadOnlyList<VirtualCounselor> counselors, bool openAllHours, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = server };
        await SignInAsync(http, email, password, cancellationToken);

        if (openAllHours)
        {
            await OpenAllHoursAsync(http, cancellationToken);
        }
        // A few at a time: thousands of counselors (load runs) are registered in seconds, without flooding the server.
        await Parallel.ForEachAsync(counselors, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (counselor, token) => await RegisterAsync(http, counselor, token));
    }

    /// <summary>Signs <paramref name="http"/> in as the account (its bearer token on every request after).</summary>
    public static async Task SignInAsync(HttpClient http, string email, string password, CancellationToken cancellationToken)
    {
        var login = await http.PostAsJsonAsync("/account/login", new { email, password }, cancellationToken);
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["accessToken"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>The staffing API's body for a virtual counselor: their languages at their level, linked to <paramref name="userId"/> (an account) or none.</summary>
    public static object CounselorBody(VirtualCounselor counselor, string? userId = null) => new
    {
        displayName = counselor.Identity["client:".Length..],
        skills = counselor.Languages.Distinct().ToDictionary(language => language, _ => counselor.Level),
        userId,
    };

    private static async Task RegisterAsync(HttpClient http, VirtualCounselor counselor, CancellationToken cancellationToken)
    {
        var id = counselor.Identity["client:".Length..];
        (await http.PutAsJsonAsync($"/api/staffing/counselors/{id}", CounselorBody(counselor), cancellationToken)).EnsureSuccessStatusCode();
        var presence = await http.PostAsJsonAsync($"/api/staffing/counselors/{id}/presence", new { state = "available" }, cancellationToken);
        if (presence.StatusCode != System.Net.HttpStatusCode.Conflict)
        {
            presence.EnsureSuccessStatusCode(); // 409: busy from an earlier run (on a call, in wrap-up); the ACD frees them
        }
    }

    private static async Task OpenAllHoursAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var languages = await http.GetFromJsonAsync<JsonArray>("/api/ivr/languages", cancellationToken) ?? [];
        foreach (var language in languages.OfType<JsonObject>())
        {
            language["schedule"] = new JsonArray([.. Enum.GetValues<DayOfWeek>().Select(day =>
                (JsonNode)new JsonObject { ["day"] = (int)day, ["open"] = "00:00:00", ["close"] = "23:59:59.9999999" })]);
            var code = language["code"]!.GetValue<string>();
            (await http.PutAsJsonAsync($"/api/ivr/languages/{code}", language, cancellationToken)).EnsureSuccessStatusCode();
        }
    }
}
