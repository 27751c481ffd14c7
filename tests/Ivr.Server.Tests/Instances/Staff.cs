using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ivr.PhoneSim.Modes;

namespace Ivr.Server.Tests.Instances;

/// <summary>
/// Staff at work over HTTP, as the pages and deploy/dev/run.sh are: sign in (through nginx: the token an instance
/// issues is accepted by every other, the data-protection keys being in PostgreSQL), create accounts, staff counselors.
/// </summary>
public static class Staff
{
    /// <summary>A bearer token for the account, signed in through <paramref name="http"/>.</summary>
    public static async Task<string> SignInAsync(HttpClient http, string email, string password)
    {
        var response = await http.PostAsJsonAsync("/account/login", new { email, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
    }

    public static HttpClient As(this HttpClient http, string token)
    {
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>Opens every language around the clock (the servers keep real time; the test may run at any hour).</summary>
    public static Task OpenAllHoursAsync(Uri server) =>
        new ServerSeeder(server, InstanceCluster.OperationsEmail, InstanceCluster.Password).SeedAsync([], openAllHours: true, CancellationToken.None);

    /// <summary>A counselor speaking <paramref name="language"/> (level 5), linked to <paramref name="userId"/> when given.</summary>
    public static async Task PutCounselorAsync(this HttpClient operations, string id, string language, string? userId = null) =>
        (await operations.PutAsJsonAsync($"/api/staffing/counselors/{id}", new { displayName = id, skills = new Dictionary<string, int> { [language] = 5 }, userId }))
        .EnsureSuccessStatusCode();

    public static async Task SetPresenceAsync(this HttpClient operations, string id, string state) =>
        (await operations.PostAsJsonAsync($"/api/staffing/counselors/{id}/presence", new { state })).EnsureSuccessStatusCode();

    /// <summary>A new staff account with <paramref name="role"/>; returns its id and a token for it.</summary>
    public static async Task<(string Id, string Token)> CreateAccountAsync(this HttpClient operations, string role)
    {
        var email = $"{role}-{Guid.NewGuid():N}@instances.ivr.test";
        var response = await operations.PostAsJsonAsync("/api/accounts/", new { email, password = InstanceCluster.Password, role, displayName = role });
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        using var anonymous = new HttpClient { BaseAddress = operations.BaseAddress };
        return (id, await SignInAsync(anonymous, email, InstanceCluster.Password));
    }
}
