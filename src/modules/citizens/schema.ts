/** Request and answer schemas of citizen sign-in (docs/API.md, "Citizen app"). */
import { Type } from 'typebox';

const tags = ['citizen auth'];

const CitizenSummary = Type.Object({ phoneMasked: Type.String({ description: '138****5678' }) });

export const requestOtpSchema = {
  tags,
  summary: 'Send a one-time sign-in code by SMS 发送短信验证码',
  body: Type.Object({ phone: Type.String({ maxLength: 32 }) }),
  response: {
    200: Type.Object({
      sent: Type.Literal(true),
      expiresInSec: Type.Integer(),
      retryAfterSec: Type.Integer(),
    }),
  },
};

export const signInSchema = {
  tags,
  summary: 'Sign in with phone and code 验证码登录',
  body: Type.Object({ phone: Type.String({ maxLength: 32 }), code: Type.String({ maxLength: 16 }) }),
  response: { 200: Type.Object({ citizen: CitizenSummary, csrfToken: Type.String() }) },
};

export const getSessionSchema = {
  tags,
  summary: 'The signed-in citizen, if any 当前登录状态',
  response: {
    200: Type.Object({
      citizen: Type.Union([CitizenSummary, Type.Null()]),
      csrfToken: Type.Union([Type.String(), Type.Null()]),
    }),
  },
};

export const signOutSchema = {
  tags,
  summary: 'Sign out 退出登录',
  response: { 204: Type.Null() },
};
