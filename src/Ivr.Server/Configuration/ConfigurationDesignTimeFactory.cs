using Ivr.Server.Data;

namespace Ivr.Server.Configuration;

public sealed class ConfigurationDesignTimeFactory() : DesignTimeDbContextFactory<ConfigurationDbContext>(ConfigurationDbContext.Schema);
