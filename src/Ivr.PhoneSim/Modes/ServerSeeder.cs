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
    public async Task SeedAsync(IReadOnlyList<VirtualCounselor> counselors, bool openAllHours, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = server };
        var login = await http.PostAsJsonAsync("/account/login", new { email, password }, cancellationToken);
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["accessToken"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        if (openAllHours)
        {
            await OpenAllHoursAsync(http, cancellationToken);
        }
        foreach (var counselor in counselors)
        {
            var id = counselor.Identity["client:".Length..];
            var skills = counselor.Languages.Distinct().ToDictionary(language => language, _ => counselor.Level);
            (await http.PutAsJsonAsync($"/api/staffing/counselors/{id}", new { displayName = id, skills }, cancellationToken)).EnsureSuccessStatusCode();
            (await http.PostAsJsonAsync($"/api/staffing/counselors/{id}/presence", new { state = "available" }, cancellationToken)).EnsureSuccessStatusCode();
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
