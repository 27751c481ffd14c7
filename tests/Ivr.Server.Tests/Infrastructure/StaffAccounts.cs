using System.Net.Http.Headers;
using System.Net.Http.Json;
using Ivr.Server.Data;
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

    private sealed record AccessTokenResponse(string AccessToken);
}
