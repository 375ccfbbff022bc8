/**
 * The client's own mapping of XML answers to the JSON shape, on documents written as the
 * specification shows them; the tests against the server use it for every `.xml` endpoint.
 */
import { describe, expect, it } from 'vitest';
import { sameAnswer, xmlToSpark } from './client.js';

const DECL = '<?xml version="1.0" encoding="utf-8"?>';

describe('xmlToSpark', () => {
  it('drops list wrappers: services, service_requests and errors become arrays', () => {
    const services = xmlToSpark(
      `${DECL}<services><service><service_code>001</service_code><metadata>true</metadata></service></services>`,
    );
    expect(services).toEqual([{ service_code: '001', metadata: 'true' }]);
    expect(xmlToSpark(`${DECL}<service_requests></service_requests>`)).toEqual([]);
    expect(
      xmlToSpark(
        `${DECL}<errors><error><code>403</code><description>Invalid api_key</description></error></errors>`,
      ),
    ).toEqual([{ code: '403', description: 'Invalid api_key' }]);
  });

  it('turns nested lists (endpoints, formats, attributes, values) into arrays even with one item', () => {
    const discovery = xmlToSpark(
      `${DECL}<discovery><changeset>2011-04-05T17:48:34Z</changeset><endpoints><endpoint>` +
        `<url>https://x.example/open311/v2</url><formats><format>text/xml</format></formats>` +
        `</endpoint></endpoints></discovery>`,
    );
    expect(discovery).toEqual({
      changeset: '2011-04-05T17:48:34Z',
      endpoints: [{ url: 'https://x.example/open311/v2', formats: ['text/xml'] }],
    });
    const definition = xmlToSpark(
      `${DECL}<service_definition><service_code>DMV66</service_code><attributes><attribute>` +
        `<code>WHISHETN</code><values><value><key>123</key><name>Ford</name></value></values>` +
        `</attribute></attributes></service_definition>`,
    );
    expect(definition).toEqual({
      service_code: 'DMV66',
      attributes: [{ code: 'WHISHETN', values: [{ key: '123', name: 'Ford' }] }],
    });
  });

  it('keeps values as text, so leading zeros survive', () => {
    expect(
      xmlToSpark(
        `${DECL}<service_requests><request><service_request_id>007</service_request_id></request></service_requests>`,
      ),
    ).toEqual([{ service_request_id: '007' }]);
  });
});

describe('sameAnswer', () => {
  it('compares XML text with JSON values, nulls with empty elements', () => {
    expect(
      sameAnswer(
        [{ lat: '34.5', metadata: 'true', notes: '' }],
        [{ lat: 34.5, metadata: true, notes: null }],
      ),
    ).toBe(true);
    expect(sameAnswer([{ lat: '34.6' }], [{ lat: 34.5 }])).toBe(false);
    expect(sameAnswer([], [{ a: 1 }])).toBe(false);
    expect(sameAnswer({ a: '1' }, { a: 1, b: 'missing' })).toBe(false);
  });
});
