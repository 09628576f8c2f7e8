import type { Messages } from '../messages/types.ts';

/** Chinese, Traditional, Taiwan (zh-TW). */
export const messages: Messages = {
  locale: 'zh-TW',

  exceptions: {
    AliasExistsException:
      '這個{attribute}已有其他帳號使用。請改用其他{attribute}，或登入該帳號。',
    CodeDeliveryFailureException:
      '無法傳送驗證碼。請確認{attribute}是否正確，然後重新取得驗證碼。',
    CodeMismatchException: '驗證碼與我們傳送的不符。請檢查驗證碼後重新輸入。',
    ExpiredCodeException: '驗證碼已過期。請重新取得驗證碼，然後在這裡輸入。',
    ForbiddenException:
      '目前無法接受來自您所在網路的要求。請稍後再試；如果問題持續發生，請與客服聯絡。',
    InternalErrorException: '登入服務發生問題。請過幾分鐘再試。',
    InvalidEmailRoleAccessPolicyException:
      '由於我們這邊的問題，目前無法傳送電子郵件。請稍後再試，或與客服聯絡。',
    InvalidLambdaResponseException:
      '由於我們這邊的問題，無法完成這項操作。請稍後再試，或與客服聯絡。',
    InvalidParameterException: '送出的部分資料未被接受。請檢查後再試一次。',
    InvalidPasswordException: '這個密碼不符合規則。請改用其他密碼。',
    InvalidSmsRoleAccessPolicyException:
      '由於我們這邊的問題，目前無法傳送簡訊。請稍後再試，或與客服聯絡。',
    InvalidSmsRoleTrustRelationshipException:
      '由於我們這邊的設定問題，目前無法傳送簡訊。請稍後再試，或與客服聯絡。',
    LimitExceededException: '嘗試次數過多。請等幾分鐘後再試。',
    NotAuthorizedException: '您的登入階段已結束。請重新登入以繼續。',
    OperationNotEnabledException: '您的帳號目前無法使用這項功能。如需協助，請與客服聯絡。',
    PasswordHistoryPolicyViolationException: '您先前用過這個密碼。請選擇最近未使用過的密碼。',
    PasswordResetRequiredException: '您必須先重設密碼才能繼續。請重設密碼，然後重新登入。',
    ResourceNotFoundException:
      '這項服務設定不正確，因此無法繼續。請稍後再試，或與客服聯絡。',
    TooManyFailedAttemptsException:
      '錯誤嘗試次數過多。請等幾分鐘後再試。',
    TooManyRequestsException: '短時間內的要求過多。請等一分鐘後再試。',
    UnexpectedLambdaException:
      '檢查您的資料時發生問題。請稍後再試，或與客服聯絡。',
    UserLambdaValidationException: '您的資料未被接受。請檢查後再試一次。',
    UserNotConfirmedException:
      '您的帳號尚未確認。請使用註冊時我們傳送的驗證碼確認帳號，然後重新登入。',
    UserNotFoundException: '找不到您的帳號，該帳號可能已關閉。請重新登入以繼續。',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        '這個{attribute}已有其他帳號使用。請登入該帳號，或改用其他{attribute}重新註冊。',
      InvalidParameterException:
        '無法以這些資料確認帳號。請檢查使用者名稱，然後重新輸入驗證碼。',
      LimitExceededException: '輸入錯誤驗證碼的次數過多。請等幾分鐘，然後重新輸入驗證碼。',
      NotAuthorizedException:
        '無法確認這個帳號，帳號可能已停用。如需協助，請與客服聯絡。',
      TooManyFailedAttemptsException:
        '輸入錯誤驗證碼的次數過多。請等幾分鐘後再重新輸入驗證碼。',
      UserLambdaValidationException:
        '您的部分資料未被接受，因此無法確認您的帳號。',
      UserNotFoundException: '沒有使用這個使用者名稱的帳號。請檢查使用者名稱後再試一次。',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: '無法傳送新的驗證碼。請稍候片刻，然後再次取得新的驗證碼。',
      InvalidParameterException:
        '無法為這個帳號傳送新的驗證碼。如果帳號已確認，請直接登入。',
      LimitExceededException: '取得驗證碼的次數過多。請等幾分鐘後再取得。',
      NotAuthorizedException: '無法為這個帳號傳送驗證碼。如需協助，請與客服聯絡。',
      UserLambdaValidationException: '您的部分資料未被接受，因此無法傳送新的驗證碼。',
      UserNotFoundException: '沒有使用這個使用者名稱的帳號。請檢查使用者名稱，然後重新取得驗證碼。',
    },
    UpdateUserAttributes: {
      AliasExistsException: '這個{attribute}已有其他帳號使用。請輸入其他{attribute}。',
      CodeDeliveryFailureException:
        '無法傳送驗證碼到新的{attribute}。請確認是否正確，然後重新儲存。',
      CodeMismatchException:
        '驗證碼檢查未通過，因此您的{attribute}並未變更。請重新儲存變更以取得新的驗證碼。',
      ExpiredCodeException:
        '這項變更的驗證碼已過期。請重新儲存變更以取得新的驗證碼。',
      InvalidParameterException: '無法使用這個{attribute}。請檢查後再試一次。',
      PasswordResetRequiredException:
        '您必須先重設密碼才能變更{attribute}。請重設密碼，然後重新登入。',
      UserLambdaValidationException: '這個{attribute}未被接受。請檢查，或輸入其他內容。',
      UserNotConfirmedException:
        '帳號確認後才能變更{attribute}。請先確認帳號，然後再試一次。',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        '無法傳送驗證碼到您的{attribute}。請確認是否正確，然後重新取得驗證碼。',
      InvalidParameterException:
        '無法驗證您的{attribute}。請確認帳號中已儲存這項資料，然後再試一次。',
      LimitExceededException: '取得驗證碼的次數過多。請等幾分鐘後再取得。',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        '這個{attribute}已有其他帳號使用，因此無法為您的帳號驗證。請改用其他{attribute}。',
      InvalidParameterException:
        '無法以這個驗證碼驗證您的{attribute}。請重新取得驗證碼，然後在這裡輸入。',
      LimitExceededException: '輸入錯誤驗證碼的次數過多。請等幾分鐘，然後重新輸入驗證碼。',
    },
    GetUser: {
      InvalidParameterException: '無法檢查您的帳號資料。請重新登入以繼續。',
    },
    ForgotPassword: {
      CodeDeliveryFailureException: '無法傳送重設驗證碼。請稍候片刻，然後重新取得驗證碼。',
      InvalidParameterException: '無法為這個帳號傳送重設驗證碼。如果需要協助登入，請與客服聯絡。',
      LimitExceededException: '取得重設驗證碼的次數過多。請等幾分鐘後再取得。',
      NotAuthorizedException: '無法在這裡重設這個帳號的密碼。如需協助，請與客服聯絡。',
      OperationNotEnabledException: '目前無法在這裡重設密碼。如果需要協助登入，請與客服聯絡。',
      UserLambdaValidationException: '您的部分資料未被接受，因此無法傳送重設驗證碼。',
      UserNotFoundException: '無法傳送驗證碼給這個使用者名稱。請檢查使用者名稱後再試一次。',
    },
    ConfirmForgotPassword: {
      InvalidParameterException: '無法以這些資料重設密碼。請檢查驗證碼和新密碼，然後再試一次。',
      LimitExceededException: '輸入錯誤驗證碼的次數過多。請等幾分鐘，然後重新輸入驗證碼。',
      NotAuthorizedException: '無法在這裡重設這個帳號的密碼。如需協助，請與客服聯絡。',
      OperationNotEnabledException: '目前無法在這裡重設密碼。如果需要協助登入，請與客服聯絡。',
      TooManyFailedAttemptsException: '輸入錯誤驗證碼的次數過多。請等幾分鐘後再重新輸入驗證碼。',
      UserLambdaValidationException: '您的部分資料未被接受，因此無法變更密碼。',
      UserNotConfirmedException: '您的帳號尚未確認。請使用註冊時我們傳送的驗證碼確認帳號，然後再重設密碼。',
      UserNotFoundException: '無法重設這個使用者名稱的密碼。請檢查使用者名稱後再試一次。',
    },
  },

  local: {
    ValidationError: '請檢查您輸入的資料，然後再試一次。',
    NetworkError: '無法連線。請檢查網路連線後再試一次。',
    TimeoutError: '處理時間過長。請檢查網路連線後再試一次。',
    AbortError: '',
    SessionExpiredError: '您已登出。請重新登入以繼續。',
    UnknownError: '發生問題。請再試一次；如果問題持續發生，請與客服聯絡。',
  },

  validation: {
    code: {
      required: '請輸入我們傳送給您的驗證碼',
      tooLong: '請只輸入訊息中的驗證碼',
      pattern: '請依照訊息中顯示的內容準確輸入驗證碼',
      format: '請以正確格式輸入驗證碼，例如 123456',
      incomplete: { other: '請輸入完整的 {length} 位數驗證碼' },
    },
    username: {
      required: '請輸入使用者名稱',
      tooLong: '使用者名稱不得超過 128 個字元',
      pattern: '使用者名稱不得包含空格',
      format: '請以正確格式輸入使用者名稱',
    },
    password: {
      required: '請輸入新密碼',
      tooLong: '密碼不得超過 256 個字元',
      pattern: '密碼開頭和結尾不得為空格',
      format: '請設定符合清單中所有規則的密碼',
    },
    attributeName: {
      required: '請選擇要驗證的項目',
      tooLong: '屬性名稱不得超過 32 個字元',
      pattern: '屬性名稱不得包含空格',
      format: '請以正確格式輸入屬性名稱',
    },
    value: {
      required: '請輸入您的{attribute}',
      tooLong: '{attribute}不得超過 2,048 個字元',
      pattern: '{attribute}包含無法使用的字元',
      format: '請以正確格式輸入{attribute}',
    },
    valueByAttribute: {
      email: {
        format: '請以正確格式輸入電子郵件地址，例如 name@example.com',
      },
      phone_number: {
        pattern: '請輸入含國碼的手機號碼，例如 +15555550123',
        format: '請輸入含國碼的手機號碼，例如 +15555550123',
      },
    },
    configuration: {
      required: '這個頁面缺少部分設定資料。請稍後再試；如果問題持續發生，請與客服聯絡',
      tooLong: '這個頁面送出的設定資料過長。請稍後再試；如果問題持續發生，請與客服聯絡',
      pattern: '這個頁面送出的設定資料無法使用。請稍後再試；如果問題持續發生，請與客服聯絡',
      format: '這個頁面送出的設定資料格式有誤。請稍後再試；如果問題持續發生，請與客服聯絡',
    },
    accessToken: {
      required: '請登入以繼續',
    },
  },

  attributes: {
    email: { noun: '電子郵件地址', label: '電子郵件' },
    phone_number: { noun: '手機號碼', label: '手機號碼' },
    given_name: { noun: '名字', label: '名字' },
    family_name: { noun: '姓氏', label: '姓氏' },
    preferred_username: { noun: '偏好的使用者名稱', label: '偏好的使用者名稱' },
  },

  ui: {
    confirmationCodeLabel: '確認碼',
    verificationCodeLabel: '驗證碼',
    confirm: '確認',
    verify: '驗證',
    save: '儲存',
    resendCode: '重新傳送驗證碼',
    sendCode: '傳送驗證碼',
    resendCodeIn: '{time} 後可重新傳送',
    codeSent: '驗證碼已傳送至 {destination}。',
    codeSentByEmail: '驗證碼已透過電子郵件傳送至 {destination}。',
    codeSentBySms: '驗證碼已透過簡訊傳送至 {destination}。',
    codeSentNoDestination: '驗證碼已傳送給您。',
    newCodeSent: '新的驗證碼已傳送至 {destination}。',
    resendAvailable: '現在可以重新取得驗證碼了。',
    confirmed: '您的帳號已確認。',
    alreadyConfirmed: '您的帳號先前已確認，可以直接登入。',
    verified: '您的{attribute}已通過驗證。',
    saved: '您的{attribute}已儲存。',
    pendingTitle: '請驗證新的{attribute}',
    pendingBody: '在您驗證 {value} 之前，目前的{attribute}仍然有效。',
    unverifiedTitle: '您的{attribute}尚未驗證',
    unverifiedBody: '{value} 必須先通過驗證才能使用。',
    cancelChange: '取消變更',
    tryAgain: '再試一次',
    signInAgain: '重新登入',
    useThisAnyway: '改為用於這個帳號',
    useThisAnywayHint: '另一個帳號將無法再使用這個{attribute}登入。',
    waitUntil: '請在 {time} 後再試一次。',
    codeHint: { other: '請輸入 {length} 位數驗證碼' },
    codeNotSentYet: '我們尚未傳送驗證碼。請先取得驗證碼，然後在這裡輸入。',
    loading: '正在載入您的{attribute}…',
    codeHintAnyLength: '請輸入訊息中的驗證碼',
    submitting: '正在驗證…',
    sending: '正在傳送…',
    saving: '正在儲存…',
    errorPrefix: '錯誤：',
    attributeFallback: '電子郵件地址或手機號碼',
    usernameLabel: '使用者名稱',
    resetPasswordHint: '我們會將驗證碼傳送到您帳號中的電子郵件地址或手機號碼。',
    newPasswordLabel: '新密碼',
    showPassword: '顯示密碼',
    hidePassword: '隱藏密碼',
    passwordRulesTitle: '密碼規則',
    passwordMinLength: { other: '至少 {count} 個字元' },
    passwordLowercase: '包含小寫字母',
    passwordUppercase: '包含大寫字母',
    passwordNumber: '包含數字',
    passwordSymbol: '包含符號，例如 ! 或 @',
    ruleMet: '已符合：',
    ruleNotMet: '尚未符合：',
    passwordRulesLeft: { other: '還有 {count} 項密碼規則尚未符合' },
    passwordRulesAllMet: '您的密碼已符合所有規則。',
    resetPassword: '重設密碼',
    resettingPassword: '正在重設…',
    passwordChanged: '您的密碼已變更。請使用新密碼登入。',
    signIn: '登入',
    confirmAccount: '確認帳號',
    useAnotherUsername: '使用其他使用者名稱',
  },
};
