namespace Oms.Persistence;

public enum DatabaseProvider { Sqlite, Postgres }
