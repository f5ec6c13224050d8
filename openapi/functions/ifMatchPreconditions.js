// An operation with an If-Match header parameter must document 412 (stale) and 428 (missing).
export default (operation) => {
  const guarded = (operation.parameters || []).some((p) => p && typeof p.name === 'string' && p.name.toLowerCase() === 'if-match');
  if (!guarded) {
    return [];
  }
  return ['412', '428']
    .filter((status) => !(operation.responses || {})[status])
    .map((status) => ({ message: `A write guarded by If-Match must document ${status}` }));
};
