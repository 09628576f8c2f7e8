import type { Messages } from '../messages/types.ts';

/** Hebrew (he). */
export const messages: Messages = {
  locale: 'he',

  exceptions: {
    AliasExistsException:
      '{attribute} כבר בשימוש בחשבון אחר. יש לשנות את {attribute} או להתחבר לחשבון האחר.',
    CodeDeliveryFailureException:
      'לא הצלחנו לשלוח את הקוד. יש לבדוק את {attribute} ולבקש קוד חדש.',
    CodeMismatchException: 'הקוד הזה לא תואם לקוד ששלחנו. יש לבדוק את הקוד ולהזין אותו שוב.',
    ExpiredCodeException: 'תוקף הקוד פג. יש לבקש קוד חדש ולהזין אותו כאן.',
    ForbiddenException:
      'כרגע אין לנו אפשרות לקבל את הבקשה הזו מהרשת שלך. אפשר לנסות שוב מאוחר יותר, או לפנות לתמיכה אם הבעיה חוזרת.',
    InternalErrorException: 'יש בעיה בשירות ההתחברות. אפשר לנסות שוב בעוד כמה דקות.',
    InvalidEmailRoleAccessPolicyException:
      'כרגע אין לנו אפשרות לשלוח אימיילים בגלל בעיה אצלנו. אפשר לנסות שוב מאוחר יותר או לפנות לתמיכה.',
    InvalidLambdaResponseException:
      'לא הצלחנו להשלים את הפעולה בגלל בעיה אצלנו. אפשר לנסות שוב מאוחר יותר או לפנות לתמיכה.',
    InvalidParameterException: 'חלק מהפרטים שנשלחו לא התקבלו. יש לבדוק אותם ולנסות שוב.',
    InvalidPasswordException: 'הסיסמה הזו לא עומדת בכללים. יש לבחור סיסמה אחרת.',
    InvalidSmsRoleAccessPolicyException:
      'כרגע אין לנו אפשרות לשלוח הודעות SMS בגלל בעיה אצלנו. אפשר לנסות שוב מאוחר יותר או לפנות לתמיכה.',
    InvalidSmsRoleTrustRelationshipException:
      'כרגע לא ניתן לשלוח הודעות SMS בגלל בעיה בהגדרות אצלנו. אפשר לנסות שוב מאוחר יותר או לפנות לתמיכה.',
    LimitExceededException: 'היו יותר מדי ניסיונות. יש להמתין כמה דקות ולנסות שוב.',
    NotAuthorizedException: 'ההתחברות שלך הסתיימה. כדי להמשיך, יש להתחבר שוב.',
    OperationNotEnabledException: 'האפשרות הזו לא זמינה כרגע בחשבון שלך. לעזרה אפשר לפנות לתמיכה.',
    PasswordHistoryPolicyViolationException: 'כבר השתמשת בסיסמה הזו בעבר. יש לבחור סיסמה שלא השתמשת בה לאחרונה.',
    PasswordResetRequiredException: 'כדי להמשיך, יש לאפס את הסיסמה. אחרי האיפוס יש להתחבר שוב.',
    ResourceNotFoundException:
      'השירות לא מוגדר כראוי, ולכן אי אפשר להמשיך. אפשר לנסות שוב מאוחר יותר או לפנות לתמיכה.',
    TooManyFailedAttemptsException:
      'היו יותר מדי ניסיונות שגויים. יש להמתין כמה דקות לפני שמנסים שוב.',
    TooManyRequestsException: 'נשלחו יותר מדי בקשות בזמן קצר. יש להמתין דקה ולנסות שוב.',
    UnexpectedLambdaException:
      'משהו השתבש בזמן בדיקת הפרטים שלך. אפשר לנסות שוב מאוחר יותר או לפנות לתמיכה.',
    UserLambdaValidationException: 'הפרטים שלך לא התקבלו. יש לבדוק אותם ולנסות שוב.',
    UserNotConfirmedException:
      'החשבון שלך עדיין לא אושר. יש לאשר אותו באמצעות הקוד ששלחנו בזמן ההרשמה, ואז להתחבר שוב.',
    UserNotFoundException: 'לא מצאנו את החשבון שלך. ייתכן שהוא נסגר. כדי להמשיך, יש להתחבר שוב.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        '{attribute} כבר בשימוש בחשבון אחר. אפשר להתחבר לחשבון ההוא, או להירשם מחדש ולהחליף את {attribute}.',
      InvalidParameterException:
        'לא הצלחנו לאשר חשבון עם הפרטים האלה. יש לבדוק את שם המשתמש ולהזין את הקוד שוב.',
      LimitExceededException: 'הוזנו יותר מדי קודים שגויים. יש להמתין כמה דקות ולהזין את הקוד שוב.',
      NotAuthorizedException:
        'אי אפשר לאשר את החשבון הזה. ייתכן שהוא הושבת. לעזרה אפשר לפנות לתמיכה.',
      TooManyFailedAttemptsException:
        'הוזנו יותר מדי קודים שגויים. יש להמתין כמה דקות לפני שמזינים את הקוד שוב.',
      UserLambdaValidationException: 'לא הצלחנו לאשר את החשבון שלך כי חלק מהפרטים שלך לא התקבלו.',
      UserNotFoundException: 'אין חשבון עם שם המשתמש הזה. יש לבדוק את שם המשתמש ולנסות שוב.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: 'לא הצלחנו לשלוח קוד חדש. יש להמתין רגע ולבקש קוד חדש שוב.',
      InvalidParameterException:
        'לא הצלחנו לשלוח קוד חדש לחשבון הזה. אם החשבון כבר אושר, אפשר פשוט להתחבר.',
      LimitExceededException: 'התבקשו יותר מדי קודים. יש להמתין כמה דקות לפני שמבקשים קוד נוסף.',
      NotAuthorizedException: 'אין לנו אפשרות לשלוח קוד לחשבון הזה. לעזרה אפשר לפנות לתמיכה.',
      UserLambdaValidationException: 'לא הצלחנו לשלוח קוד חדש כי חלק מהפרטים שלך לא התקבלו.',
      UserNotFoundException: 'אין חשבון עם שם המשתמש הזה. יש לבדוק את שם המשתמש ולבקש קוד שוב.',
    },
    UpdateUserAttributes: {
      AliasExistsException: '{attribute} כבר בשימוש בחשבון אחר. יש לשנות את {attribute}.',
      CodeDeliveryFailureException:
        'לא הצלחנו לשלוח קוד אל {attribute} שהזנת. יש לבדוק את הפרטים ולשמור שוב.',
      CodeMismatchException:
        'לא שינינו את {attribute} שלך כי בדיקת הקוד נכשלה. כדי לקבל קוד חדש, יש לשמור את השינוי שוב.',
      ExpiredCodeException:
        'תוקף הקוד לשינוי הזה פג. כדי לקבל קוד חדש, יש לשמור את השינוי שוב.',
      InvalidParameterException: 'אי אפשר לשמור את {attribute} שהזנת. יש לבדוק את הפרטים ולנסות שוב.',
      PasswordResetRequiredException:
        'כדי לשנות את {attribute} שלך, יש קודם לאפס את הסיסמה. אחרי האיפוס יש להתחבר שוב.',
      UserLambdaValidationException: 'לא יכולנו לקבל את {attribute} שהזנת. יש לבדוק את הפרטים או להזין ערך אחר.',
      UserNotConfirmedException:
        'אפשר לשנות את {attribute} שלך רק אחרי שהחשבון מאושר. יש לאשר את החשבון ולנסות שוב.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'לא הצלחנו לשלוח קוד אל {attribute} שלך. יש לבדוק את הפרטים ולבקש קוד חדש.',
      InvalidParameterException:
        'אי אפשר לאמת את {attribute} שלך. יש לבדוק שהפרטים שמורים בחשבון שלך ולנסות שוב.',
      LimitExceededException: 'התבקשו יותר מדי קודים. יש להמתין כמה דקות לפני שמבקשים קוד נוסף.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        '{attribute} כבר בשימוש בחשבון אחר, ולכן אי אפשר לאמת את הפרטים האלה בחשבון שלך. יש לשנות את {attribute}.',
      InvalidParameterException:
        'לא הצלחנו לאמת את {attribute} שלך באמצעות הקוד הזה. יש לבקש קוד חדש ולהזין אותו כאן.',
      LimitExceededException: 'הוזנו יותר מדי קודים שגויים. יש להמתין כמה דקות ולהזין את הקוד שוב.',
    },
    GetUser: {
      InvalidParameterException: 'לא הצלחנו לבדוק את פרטי החשבון שלך. כדי להמשיך, יש להתחבר שוב.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException: 'לא הצלחנו לשלוח קוד לאיפוס הסיסמה. יש להמתין רגע ולבקש קוד שוב.',
      InvalidParameterException: 'לא הצלחנו לשלוח קוד לאיפוס הסיסמה של החשבון הזה. לעזרה בהתחברות אפשר לפנות לתמיכה.',
      LimitExceededException: 'התבקשו יותר מדי קודים לאיפוס הסיסמה. יש להמתין כמה דקות לפני שמבקשים קוד נוסף.',
      NotAuthorizedException: 'אי אפשר לאפס כאן את הסיסמה של החשבון הזה. לעזרה אפשר לפנות לתמיכה.',
      OperationNotEnabledException: 'כרגע אי אפשר לאפס כאן סיסמאות. לעזרה בהתחברות אפשר לפנות לתמיכה.',
      UserLambdaValidationException: 'לא הצלחנו לשלוח קוד לאיפוס הסיסמה כי חלק מהפרטים שלך לא התקבלו.',
      UserNotFoundException: 'לא הצלחנו לשלוח קוד לשם המשתמש הזה. יש לבדוק את שם המשתמש ולנסות שוב.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'לא הצלחנו לאפס את הסיסמה עם הפרטים האלה. יש לבדוק את הקוד ואת הסיסמה החדשה ולנסות שוב.',
      LimitExceededException: 'הוזנו יותר מדי קודים שגויים. יש להמתין כמה דקות ולהזין את הקוד שוב.',
      NotAuthorizedException: 'אי אפשר לאפס כאן את הסיסמה של החשבון הזה. לעזרה אפשר לפנות לתמיכה.',
      OperationNotEnabledException: 'כרגע אי אפשר לאפס כאן סיסמאות. לעזרה בהתחברות אפשר לפנות לתמיכה.',
      TooManyFailedAttemptsException: 'הוזנו יותר מדי קודים שגויים. יש להמתין כמה דקות לפני שמזינים את הקוד שוב.',
      UserLambdaValidationException: 'לא הצלחנו לשנות את הסיסמה כי חלק מהפרטים שלך לא התקבלו.',
      UserNotConfirmedException:
        'החשבון שלך עדיין לא אושר. יש לאשר אותו באמצעות הקוד ששלחנו בזמן ההרשמה, ואז לאפס את הסיסמה.',
      UserNotFoundException: 'לא הצלחנו לאפס את הסיסמה של שם המשתמש הזה. יש לבדוק את שם המשתמש ולנסות שוב.',
    },
  },

  local: {
    ValidationError: 'יש לבדוק את הפרטים שהזנת ולנסות שוב.',
    NetworkError: 'לא הצלחנו ליצור חיבור. יש לבדוק את החיבור לאינטרנט ולנסות שוב.',
    TimeoutError: 'זה לוקח יותר מדי זמן. יש לבדוק את החיבור לאינטרנט ולנסות שוב.',
    AbortError: '',
    SessionExpiredError: 'נותקת מהחשבון. כדי להמשיך, יש להתחבר שוב.',
    UnknownError: 'משהו השתבש. אפשר לנסות שוב, או לפנות לתמיכה אם הבעיה חוזרת.',
  },

  validation: {
    code: {
      required: 'יש להזין את הקוד ששלחנו אליך',
      tooLong: 'יש להזין רק את הקוד מההודעה',
      pattern: 'יש להזין את הקוד בדיוק כפי שהוא מופיע בהודעה',
      format: 'יש להזין את הקוד בפורמט הנכון, למשל 123456',
      incomplete: {
        one: 'יש להזין את הקוד המלא, באורך {length} ספרה',
        two: 'יש להזין את כל {length} הספרות של הקוד',
        other: 'יש להזין את כל {length} הספרות של הקוד',
      },
    },
    username: {
      required: 'יש להזין שם משתמש',
      tooLong: 'שם המשתמש יכול להכיל עד 128 תווים',
      pattern: 'שם המשתמש לא יכול להכיל רווחים',
      format: 'יש להזין שם משתמש בפורמט הנכון',
    },
    password: {
      required: 'יש להזין סיסמה חדשה',
      tooLong: 'הסיסמה יכולה להכיל עד 256 תווים',
      pattern: 'הסיסמה לא יכולה להתחיל או להסתיים ברווח',
      format: 'יש לבחור סיסמה שעומדת בכל הכללים ברשימה',
    },
    attributeName: {
      required: 'יש לבחור מה לאמת',
      tooLong: 'שם השדה יכול להכיל עד 32 תווים',
      pattern: 'שם השדה לא יכול להכיל רווחים',
      format: 'יש להזין את שם השדה בפורמט הנכון',
    },
    value: {
      required: 'יש להזין את {attribute} שלך',
      tooLong: 'אורך {attribute} לא יכול לעלות על 2,048 תווים',
      pattern: 'יש תווים לא מותרים בתוך {attribute} שלך',
      format: 'יש להזין את {attribute} שלך בפורמט הנכון',
    },
    valueByAttribute: {
      email: {
        format: 'יש להזין כתובת אימייל בפורמט הנכון, למשל name@example.com',
      },
      phone_number: {
        pattern: 'יש להזין מספר טלפון עם קידומת מדינה, למשל +15555550123',
        format: 'יש להזין מספר טלפון עם קידומת מדינה, למשל +15555550123',
      },
    },
    configuration: {
      required:
        'חסרים בדף הזה פרטי הגדרה. אפשר לנסות שוב מאוחר יותר, או לפנות לתמיכה אם הבעיה חוזרת',
      tooLong:
        'הדף הזה שלח פרטי הגדרה ארוכים מדי. אפשר לנסות שוב מאוחר יותר, או לפנות לתמיכה אם הבעיה חוזרת',
      pattern:
        'הדף הזה שלח פרטי הגדרה שאי אפשר להשתמש בהם. אפשר לנסות שוב מאוחר יותר, או לפנות לתמיכה אם הבעיה חוזרת',
      format:
        'הדף הזה שלח פרטי הגדרה בפורמט שגוי. אפשר לנסות שוב מאוחר יותר, או לפנות לתמיכה אם הבעיה חוזרת',
    },
    accessToken: {
      required: 'כדי להמשיך, יש להתחבר',
    },
  },

  attributes: {
    email: { noun: 'כתובת האימייל', label: 'אימייל' },
    phone_number: { noun: 'מספר הטלפון', label: 'מספר טלפון' },
    given_name: { noun: 'השם הפרטי', label: 'שם פרטי' },
    family_name: { noun: 'שם המשפחה', label: 'שם משפחה' },
    preferred_username: { noun: 'שם המשתמש המועדף', label: 'שם משתמש מועדף' },
  },

  ui: {
    confirmationCodeLabel: 'קוד אישור',
    verificationCodeLabel: 'קוד אימות',
    confirm: 'אישור',
    verify: 'אימות',
    save: 'שמירה',
    resendCode: 'שליחת הקוד מחדש',
    sendCode: 'שליחת קוד',
    resendCodeIn: 'שליחה מחדש בעוד {time}',
    codeSent: 'שלחנו קוד אל {destination}.',
    codeSentByEmail: 'שלחנו קוד באימייל אל {destination}.',
    codeSentBySms: 'שלחנו קוד בהודעת SMS אל {destination}.',
    codeSentNoDestination: 'שלחנו לך קוד.',
    newCodeSent: 'שלחנו קוד חדש אל {destination}.',
    resendAvailable: 'עכשיו אפשר לבקש קוד חדש.',
    confirmed: 'החשבון שלך אושר.',
    alreadyConfirmed: 'החשבון שלך כבר אושר. אפשר להתחבר.',
    verified: 'אימתנו את {attribute} שלך.',
    saved: 'שמרנו את {attribute} שלך.',
    pendingTitle: 'יש לאמת את השינוי של {attribute}',
    pendingBody: 'עד לאימות של {value}, לא נשנה את {attribute} שלך.',
    unverifiedTitle: 'יש לאמת את {attribute} שלך',
    unverifiedBody: 'צריך לאמת את {value} לפני השימוש.',
    cancelChange: 'ביטול השינוי',
    tryAgain: 'ניסיון נוסף',
    signInAgain: 'התחברות מחדש',
    useThisAnyway: 'שיוך לחשבון הזה במקום',
    useThisAnywayHint: 'החשבון האחר לא יוכל יותר להתחבר באמצעות {attribute}.',
    waitUntil: 'אפשר לנסות שוב אחרי {time}.',
    codeHint: {
      one: 'יש להזין את הקוד בן {length} ספרה',
      two: 'יש להזין את הקוד בן {length} הספרות',
      other: 'יש להזין את הקוד בן {length} הספרות',
    },
    codeNotSentYet: 'עדיין לא שלחנו קוד. אפשר לבקש קוד ואז להזין אותו כאן.',
    loading: 'טוענים את {attribute} שלך…',
    codeHintAnyLength: 'יש להזין את הקוד מההודעה',
    submitting: 'בודקים…',
    sending: 'שולחים…',
    saving: 'שומרים…',
    errorPrefix: 'שגיאה:',
    attributeFallback: 'כתובת האימייל או מספר הטלפון',
    usernameLabel: 'שם משתמש',
    resetPasswordHint: 'נשלח קוד לכתובת האימייל או למספר הטלפון שמשויכים לחשבון שלך.',
    newPasswordLabel: 'סיסמה חדשה',
    showPassword: 'הצגת הסיסמה',
    hidePassword: 'הסתרת הסיסמה',
    passwordRulesTitle: 'הסיסמה צריכה לכלול',
    passwordMinLength: {
      one: 'לפחות {count} תו',
      two: 'לפחות {count} תווים',
      other: 'לפחות {count} תווים',
    },
    passwordLowercase: 'אות קטנה באנגלית',
    passwordUppercase: 'אות גדולה באנגלית',
    passwordNumber: 'ספרה',
    passwordSymbol: 'סימן מיוחד, כמו ! או @',
    ruleMet: 'הושלם:',
    ruleNotMet: 'עדיין חסר:',
    passwordRulesLeft: {
      one: 'נשאר {count} כלל שהסיסמה עדיין לא עומדת בו',
      two: 'נשארו {count} כללים שהסיסמה עדיין לא עומדת בהם',
      other: 'נשארו {count} כללים שהסיסמה עדיין לא עומדת בהם',
    },
    passwordRulesAllMet: 'הסיסמה עומדת בכל הכללים.',
    resetPassword: 'איפוס הסיסמה',
    resettingPassword: 'מאפסים…',
    passwordChanged: 'הסיסמה שלך שונתה. אפשר להתחבר עם הסיסמה החדשה.',
    signIn: 'התחברות',
    confirmAccount: 'אישור החשבון',
    useAnotherUsername: 'שימוש בשם משתמש אחר',
  },
};
