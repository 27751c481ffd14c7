using System.ComponentModel.DataAnnotations;
using Npgsql;
using StackExchange.Redis;

namespace Ivr.Server.Data;

/// <summary>The <c>ConnectionStrings</c> section: Redis for live state, PostgreSQL for records.</summary>
public sealed class ConnectionStringsOptions : IValidatableObject
{
    public const string Section = "ConnectionStrings";

    [Required(ErrorMessage = "ConnectionStrings:Redis is required (for example 127.0.0.1:6380).")]
    public string Redis { get; set; } = "";

    [Required(ErrorMessage = "ConnectionStrings:Postgres is required (for example Host=127.0.0.1;Port=5433;Username=ivr;Password=ivr;Database=ivr).")]
    public string Postgres { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(Redis) && Malformed(() => ConfigurationOptions.Parse(Redis)) is { } redisError)
        {
            yield return new ValidationResult($"ConnectionStrings:Redis is malformed: {redisError}", [nameof(Redis)]);
        }
        if (!string.IsNullOrEmpty(Postgres) && Malformed(() => new NpgsqlConnectionStringBuilder(Postgres)) is { } pgError)
        {
            yield return new ValidationResult($"ConnectionStrings:Postgres is malformed: {pgError}", [nameof(Postgres)]);
        }
    }

    private static string? Malformed(Action parse)
    {
        try
        {
            parse();
            return null;
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or RedisConnectionException)
        {
            return exception.Message;
        }
    }
}
