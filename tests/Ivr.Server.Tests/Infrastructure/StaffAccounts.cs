using System.Net.Http.Headers;
using System.Net.Http.Json;
using Ivr.Server.Authorization;
using Ivr.Server.Data;
using Ivr.Server.Staffing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Infrastructure;

public static class StaffAccounts
{
    public const string Password = "Correct-horse-42";

    /// <summary>A client signed in with a bearer token as a new user holding <paramref name="role"/> (or no role).</summary>
    public static async Task<HttpClient> CreateSignedInClientAsync(this IvrServerFactory factory, string? role) =>
        (await factory.CreateSignedInUserAsync(role)).Client;

    /// <summary>As <see cref="CreateSignedInClientAsync"/>, also returning the new user's id.</summary>
    public static async Task<(HttpClient Client, string UserId)> CreateSignedInUserAsync(this IvrServerFactory factory, string? role)
    {
        string userId;
        var email = $"{role ?? "nobody"}-{Guid.NewGuid():N}@example.org";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IvrUser>>();
            var user = new IvrUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.That((await users.CreateAsync(user, Password)).Succeeded, Is.True);
            userId = user.Id;
            if (role is not null)
            {
                Assert.That((await users.AddToRoleAsync(user, role)).Succeeded, Is.True);
            }
        }

        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/account/login", new { email, password = Password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<AccessTokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return (client, userId);
    }

    /// <summary>A signed-in counselor account linked (by operations staff) to counselor <paramref name="id"/> of <paramref name="language"/> at level 5.</summary>
    public static async Task<HttpClient> CreateLinkedCounselorAsync(this IvrServerFactory factory, string id, string language)
    {
        var (client, userId) = await factory.CreateSignedInUserAsync(Roles.Counselor);
        var operations = await factory.CreateSignedInClientAsync(Roles.Operations);
        (await operations.PutAsJsonAsync($"/api/staffing/counselors/{id}", new CounselorRequest(id, new() { [language] = 5 }, null, null, userId))).EnsureSuccessStatusCode();
        return client;
    }

    private sealed record AccessTokenResponse(string AccessToken);
}
