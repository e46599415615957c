extension FieldRegistry {
    /// The values one field has for each of the given units, as text (a multi-valued field gives
    /// several, an empty field none). The one way commands outside the query language read fields:
    /// `freq by FIELD`, completion of values, chart labels.
    ///
    /// ```swift
    /// let registry = ws.fields
    /// let sections = try registry.values(of: "section", units: ws.units, indices: ws.selection)
    /// ```
    public func values(of name: String, units: [Unit], indices: [Int], context: QueryContext = QueryContext(),
                       column: Int? = nil) throws -> [[String]] {
        let access = FieldAccess(try resolve(name, column: column), context: context)
        return units.withUnsafeBufferPointer { buffer in indices.map { access.strings(buffer, $0) } }
    }
}
