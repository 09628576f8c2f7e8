// The stylesheet is imported the way the README says; webpack builds app.js alone (CSS needs a loader there).
import 'cognito-verify-kit/styles.css';
import './app.js';
