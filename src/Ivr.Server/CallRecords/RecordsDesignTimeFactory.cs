using Ivr.Server.Data;

namespace Ivr.Server.CallRecords;

public sealed class RecordsDesignTimeFactory() : DesignTimeDbContextFactory<RecordsDbContext>(RecordsDbContext.Schema);
