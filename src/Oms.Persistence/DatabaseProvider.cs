using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Oms.Persistence;

public enum DatabaseProvider { Sqlite, Postgres }
