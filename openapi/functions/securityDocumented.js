// What an operation's security promises is documented. An operation that needs a token names the realm roles that
// may call it (x-roles) and documents 401 (no valid token) and 403 (wrong roles). An operation where signing in is
// optional (an empty requirement, {}, among its alternatives) documents 401 for a token that is sent but not valid.
export default (operation) => {
  const security = operation.security || [];
  if (security.length === 0) {
    return [];
  }
  const optional = security.some((requirement) => Object.keys(requirement || {}).length === 0);
  const responses = operation.responses || {};
  const problems = [];
  const needed = optional ? ['401'] : ['401', '403'];
  needed.filter((status) => !responses[status])
    .forEach((status) => problems.push({ message: optional ? 'An operation where signing in is optional must document 401' : `An operation that needs a token must document ${status}` }));
  if (!optional && !operation['x-roles']) {
    problems.push({ message: 'An operation that needs a token names the realm roles that may call it (x-roles)' });
  }
  return problems;
};
