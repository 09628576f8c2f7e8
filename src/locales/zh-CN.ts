import type { Messages } from '../messages/types.ts';

/** Chinese, Simplified (zh-CN). */
export const messages: Messages = {
  locale: 'zh-CN',

  exceptions: {
    AliasExistsException:
      '此{attribute}已被另一个账号使用。请使用其他{attribute}，或登录该账号。',
    CodeDeliveryFailureException:
      '验证码发送失败。请检查{attribute}是否正确，然后重新获取验证码。',
    CodeMismatchException: '验证码与我们发送的不一致。请检查后重新输入。',
    ExpiredCodeException: '验证码已过期。请重新获取验证码，然后在此输入。',
    ForbiddenException:
      '目前无法接受来自你所在网络的请求。请稍后重试；如果问题持续出现，请联系客服。',
    InternalErrorException: '登录服务出现问题。请过几分钟再试。',
    InvalidEmailRoleAccessPolicyException:
      '由于我们这边的问题，暂时无法发送邮件。请稍后重试，或联系客服。',
    InvalidLambdaResponseException:
      '由于我们这边的问题，操作未能完成。请稍后重试，或联系客服。',
    InvalidParameterException: '提交的部分信息未被接受。请检查后重试。',
    InvalidPasswordException: '此密码不符合要求。请换一个密码。',
    InvalidSmsRoleAccessPolicyException:
      '由于我们这边的问题，暂时无法发送短信。请稍后重试，或联系客服。',
    InvalidSmsRoleTrustRelationshipException:
      '由于我们这边的配置问题，暂时无法发送短信。请稍后重试，或联系客服。',
    LimitExceededException: '尝试次数过多。请等几分钟后再试。',
    NotAuthorizedException: '登录已过期。请重新登录以继续。',
    OperationNotEnabledException: '你的账号目前无法使用此功能。如需帮助，请联系客服。',
    PasswordHistoryPolicyViolationException: '你以前用过这个密码。请选择一个最近没有用过的密码。',
    PasswordResetRequiredException: '你需要先重置密码才能继续。请重置密码，然后重新登录。',
    ResourceNotFoundException:
      '此服务配置不正确，暂时无法继续。请稍后重试，或联系客服。',
    TooManyFailedAttemptsException:
      '错误尝试次数过多。请等几分钟后再试。',
    TooManyRequestsException: '短时间内请求过多。请等一分钟后再试。',
    UnexpectedLambdaException:
      '核对你的信息时出现问题。请稍后重试，或联系客服。',
    UserLambdaValidationException: '你的信息未被接受。请检查后重试。',
    UserNotConfirmedException:
      '你的账号尚未确认。请使用注册时我们发送的验证码确认账号，然后重新登录。',
    UserNotFoundException: '找不到你的账号，该账号可能已被注销。请重新登录以继续。',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        '此{attribute}已被另一个账号使用。请登录该账号，或使用其他{attribute}重新注册。',
      InvalidParameterException:
        '无法使用这些信息确认账号。请检查用户名，然后重新输入验证码。',
      LimitExceededException: '输错验证码的次数过多。请等几分钟，然后重新输入验证码。',
      NotAuthorizedException:
        '此账号无法确认，可能已被停用。如需帮助，请联系客服。',
      TooManyFailedAttemptsException:
        '输错验证码的次数过多。请等几分钟后再重新输入验证码。',
      UserLambdaValidationException:
        '你的部分信息未被接受，因此无法确认你的账号。',
      UserNotFoundException: '没有使用该用户名的账号。请检查用户名后重试。',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: '新验证码发送失败。请稍等片刻，然后再次获取新验证码。',
      InvalidParameterException:
        '无法为此账号发送新验证码。如果账号已确认，请直接登录。',
      LimitExceededException: '获取验证码的次数过多。请等几分钟后再获取。',
      NotAuthorizedException: '无法为此账号发送验证码。如需帮助，请联系客服。',
      UserLambdaValidationException: '你的部分信息未被接受，因此无法发送新验证码。',
      UserNotFoundException: '没有使用该用户名的账号。请检查用户名，然后重新获取验证码。',
    },
    UpdateUserAttributes: {
      AliasExistsException: '此{attribute}已被另一个账号使用。请输入其他{attribute}。',
      CodeDeliveryFailureException:
        '无法向新的{attribute}发送验证码。请检查是否正确，然后重新保存。',
      CodeMismatchException:
        '验证码核验未通过，你的{attribute}未更改。请重新保存更改以获取新验证码。',
      ExpiredCodeException:
        '此项更改的验证码已过期。请重新保存更改以获取新验证码。',
      InvalidParameterException: '此{attribute}无法使用。请检查后重试。',
      PasswordResetRequiredException:
        '你需要先重置密码才能更改{attribute}。请重置密码，然后重新登录。',
      UserLambdaValidationException: '此{attribute}未被接受。请检查，或输入其他内容。',
      UserNotConfirmedException:
        '账号确认后才能更改{attribute}。请先确认账号，然后重试。',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        '无法向你的{attribute}发送验证码。请检查是否正确，然后重新获取验证码。',
      InvalidParameterException:
        '无法验证你的{attribute}。请检查账号中是否已保存该信息，然后重试。',
      LimitExceededException: '获取验证码的次数过多。请等几分钟后再获取。',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        '此{attribute}已被另一个账号使用，因此无法为你的账号验证。请使用其他{attribute}。',
      InvalidParameterException:
        '无法用此验证码验证你的{attribute}。请重新获取验证码，然后在此输入。',
      LimitExceededException: '输错验证码的次数过多。请等几分钟，然后重新输入验证码。',
    },
    GetUser: {
      InvalidParameterException: '无法核对你的账号信息。请重新登录以继续。',
    },
    ForgotPassword: {
      CodeDeliveryFailureException: '重置验证码发送失败。请稍等片刻，然后重新获取验证码。',
      InvalidParameterException: '无法为此账号发送重置验证码。如果需要帮助登录，请联系客服。',
      LimitExceededException: '获取重置验证码的次数过多。请等几分钟后再获取。',
      NotAuthorizedException: '无法在此重置此账号的密码。如需帮助，请联系客服。',
      OperationNotEnabledException: '目前无法在此重置密码。如果需要帮助登录，请联系客服。',
      UserLambdaValidationException: '你的部分信息未被接受，因此无法发送重置验证码。',
      UserNotFoundException: '无法向该用户名发送验证码。请检查用户名后重试。',
    },
    ConfirmForgotPassword: {
      InvalidParameterException: '无法使用这些信息重置密码。请检查验证码和新密码，然后重试。',
      LimitExceededException: '输错验证码的次数过多。请等几分钟，然后重新输入验证码。',
      NotAuthorizedException: '无法在此重置此账号的密码。如需帮助，请联系客服。',
      OperationNotEnabledException: '目前无法在此重置密码。如果需要帮助登录，请联系客服。',
      TooManyFailedAttemptsException: '输错验证码的次数过多。请等几分钟后再重新输入验证码。',
      UserLambdaValidationException: '你的部分信息未被接受，因此无法更改密码。',
      UserNotConfirmedException: '你的账号尚未确认。请使用注册时我们发送的验证码确认账号，然后再重置密码。',
      UserNotFoundException: '无法重置该用户名的密码。请检查用户名后重试。',
    },
  },

  local: {
    ValidationError: '请检查你输入的信息，然后重试。',
    NetworkError: '无法连接。请检查网络连接后重试。',
    TimeoutError: '操作耗时过长。请检查网络连接后重试。',
    AbortError: '',
    SessionExpiredError: '你已退出登录。请重新登录以继续。',
    UnknownError: '出了点问题。请重试；如果问题持续出现，请联系客服。',
  },

  validation: {
    code: {
      required: '请输入我们发送给你的验证码',
      tooLong: '请只输入消息中的验证码',
      pattern: '请按消息中显示的内容准确输入验证码',
      format: '请按正确格式输入验证码，例如 123456',
      incomplete: { other: '请输入完整的 {length} 位验证码' },
    },
    username: {
      required: '请输入用户名',
      tooLong: '用户名不能超过 128 个字符',
      pattern: '用户名不能包含空格',
      format: '请按正确格式输入用户名',
    },
    password: {
      required: '请输入新密码',
      tooLong: '密码不能超过 256 个字符',
      pattern: '密码开头和结尾不能是空格',
      format: '请设置符合列表中所有要求的密码',
    },
    attributeName: {
      required: '请选择要验证的项目',
      tooLong: '属性名称不能超过 32 个字符',
      pattern: '属性名称不能包含空格',
      format: '请按正确格式输入属性名称',
    },
    value: {
      required: '请输入你的{attribute}',
      tooLong: '{attribute}不能超过 2,048 个字符',
      pattern: '{attribute}包含无法使用的字符',
      format: '请按正确格式输入{attribute}',
    },
    valueByAttribute: {
      email: {
        format: '请按正确格式输入邮箱地址，例如 name@example.com',
      },
      phone_number: {
        pattern: '请输入带国家/地区代码的手机号码，例如 +15555550123',
        format: '请输入带国家/地区代码的手机号码，例如 +15555550123',
      },
    },
    configuration: {
      required: '此页面缺少部分配置信息。请稍后重试；如果问题持续出现，请联系客服',
      tooLong: '此页面发送的配置信息过长。请稍后重试；如果问题持续出现，请联系客服',
      pattern: '此页面发送的配置信息无法使用。请稍后重试；如果问题持续出现，请联系客服',
      format: '此页面发送的配置信息格式有误。请稍后重试；如果问题持续出现，请联系客服',
    },
    accessToken: {
      required: '请登录以继续',
    },
  },

  attributes: {
    email: { noun: '邮箱地址', label: '邮箱' },
    phone_number: { noun: '手机号码', label: '手机号码' },
    given_name: { noun: '名字', label: '名' },
    family_name: { noun: '姓氏', label: '姓' },
    preferred_username: { noun: '首选用户名', label: '首选用户名' },
  },

  ui: {
    confirmationCodeLabel: '确认码',
    verificationCodeLabel: '验证码',
    confirm: '确认',
    verify: '验证',
    save: '保存',
    resendCode: '重新发送验证码',
    sendCode: '发送验证码',
    resendCodeIn: '{time} 后可重新发送',
    codeSent: '验证码已发送至 {destination}。',
    codeSentByEmail: '验证码已通过邮件发送至 {destination}。',
    codeSentBySms: '验证码已通过短信发送至 {destination}。',
    codeSentNoDestination: '验证码已发送。',
    newCodeSent: '新验证码已发送至 {destination}。',
    resendAvailable: '现在可以重新获取验证码了。',
    confirmed: '你的账号已确认。',
    alreadyConfirmed: '你的账号已确认过，可以直接登录。',
    verified: '你的{attribute}已验证。',
    saved: '你的{attribute}已保存。',
    pendingTitle: '请验证新的{attribute}',
    pendingBody: '在你验证 {value} 之前，当前的{attribute}仍然有效。',
    unverifiedTitle: '你的{attribute}尚未验证',
    unverifiedBody: '{value} 需要先验证才能使用。',
    cancelChange: '取消更改',
    tryAgain: '重试',
    signInAgain: '重新登录',
    useThisAnyway: '改为用于此账号',
    useThisAnywayHint: '另一个账号将无法再使用此{attribute}登录。',
    waitUntil: '请在 {time} 后重试。',
    codeHint: { other: '请输入 {length} 位验证码' },
    codeNotSentYet: '我们还没有发送验证码。请先获取验证码，然后在此输入。',
    loading: '正在加载你的{attribute}…',
    codeHintAnyLength: '请输入消息中的验证码',
    submitting: '正在验证…',
    sending: '正在发送…',
    saving: '正在保存…',
    errorPrefix: '错误：',
    attributeFallback: '邮箱地址或手机号码',
    usernameLabel: '用户名',
    resetPasswordHint: '我们会向你账号中的邮箱地址或手机号码发送验证码。',
    newPasswordLabel: '新密码',
    showPassword: '显示密码',
    hidePassword: '隐藏密码',
    passwordRulesTitle: '密码要求',
    passwordMinLength: { other: '至少 {count} 个字符' },
    passwordLowercase: '包含小写字母',
    passwordUppercase: '包含大写字母',
    passwordNumber: '包含数字',
    passwordSymbol: '包含符号，例如 ! 或 @',
    ruleMet: '已满足：',
    ruleNotMet: '未满足：',
    passwordRulesLeft: { other: '还有 {count} 项密码要求未满足' },
    passwordRulesAllMet: '你的密码已满足所有要求。',
    resetPassword: '重置密码',
    resettingPassword: '正在重置…',
    passwordChanged: '你的密码已更改。请使用新密码登录。',
    signIn: '登录',
    confirmAccount: '确认账号',
    useAnotherUsername: '使用其他用户名',
  },
};
