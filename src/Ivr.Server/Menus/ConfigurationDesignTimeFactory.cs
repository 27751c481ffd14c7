using Ivr.Server.Data;

namespace Ivr.Server.Menus;

public sealed class ConfigurationDesignTimeFactory() : DesignTimeDbContextFactory<ConfigurationDbContext>(ConfigurationDbContext.Schema);
