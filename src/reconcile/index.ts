export { type ReconcileResult, reconcile } from "./reconcile.js";
