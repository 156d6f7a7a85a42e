using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Tessera.Core.Data;

namespace Tessera.Core.Seeding;

/// <summary>An entity's table and stored columns, read from the EF model so the bulk writers store what SaveChanges would.</summary>
internal sealed record MappedTable(StoreObjectIdentifier Table, IProperty[] Properties, IClrPropertyGetter[] Getters)
{
    public static MappedTable For<T>(TesseraDbContext db)
        where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties().Where(p => p.GetColumnName(table) is not null).ToArray();
        return new MappedTable(table, properties, properties.Select(p => p.GetGetter()).ToArray());
    }
}
